class Num:
    def __init__(self, v):
        self.v = v

    def double(self):
        return self.v * 2

    def square(self):
        return self.v * self.v

n = Num(7)
ops = [n.double, n.square]
print([op() for op in ops])  # expect: [14, 49]
