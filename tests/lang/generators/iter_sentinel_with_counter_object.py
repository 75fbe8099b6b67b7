class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n

print(list(iter(Counter(), 5)))  # expect: [1, 2, 3, 4]
