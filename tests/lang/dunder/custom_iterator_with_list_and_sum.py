class Range2:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2

print(list(Range2(4)))                                  # expect: [2, 4, 6, 8]
print(sum(Range2(4)))                                   # expect: 20
print(max(Range2(3)), sorted(Range2(3), reverse=True))  # expect: 6 [6, 4, 2]
