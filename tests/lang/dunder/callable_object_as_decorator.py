class Trace:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)

@Trace
def square(x):
    return x * x

print(square(3), square(4), square.calls)  # expect: 9 16 2
