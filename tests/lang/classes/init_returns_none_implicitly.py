class Counter:
    def __init__(self):
        self.n = 0
        if self.n == 0:
            return
        self.n = 99

print(Counter().n)  # expect: 0
