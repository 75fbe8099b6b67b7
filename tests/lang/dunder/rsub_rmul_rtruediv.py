class N:
    def __init__(self, v):
        self.v = v

    def __rsub__(self, other):
        return other - self.v

    def __rmul__(self, other):
        return other * self.v

    def __rtruediv__(self, other):
        return other / self.v

n = N(4)
print(10 - n, 3 * n, 2 / n)  # expect: 6 12 0.5
