class Countdown:
    def __init__(self, start):
        self.start = start

    def items(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

c = Countdown(3)
print(list(c.items()), list(c.items()))  # expect: [3, 2, 1] [3, 2, 1]
