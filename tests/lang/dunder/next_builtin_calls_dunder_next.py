class Counter:
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        return self.n

c = Counter()
print(next(c), next(c), next(c))  # expect: 1 2 3
