class Stats:
    def __init__(self, data):
        self.data = data

    def total(self):
        return sum(self.data)

    def mean(self):
        return self.total() / self.count()

    def count(self):
        return len(self.data)

s = Stats([2, 4, 6, 8])
print(s.total(), s.count(), s.mean())  # expect: 20 4 5.0
