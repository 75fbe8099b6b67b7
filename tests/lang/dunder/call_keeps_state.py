class Counter:
    def __init__(self):
        self.count = 0

    def __call__(self):
        self.count += 1
        return self.count

c = Counter()
c()
c()
print(c(), c.count)  # expect: 3 3
