def double_result(func):
    def wrapper(x):
        return func(x) * 2
    return wrapper

def inc(x):
    return x + 1

manual = double_result(inc)

@double_result
def inc2(x):
    return x + 1

print(manual(5), inc2(5))  # expect: 12 12
