class Counter:
    def __init__(self, start=0):
        self.start = start
        self.reset()

    def reset(self):
        self.value = self.start

    def tick(self):
        self.value += 1
        return self.value

c = Counter(10)
c.tick()
c.tick()
print(c.value)  # expect: 12
c.reset()
print(c.value, c.tick())  # expect: 10 11
