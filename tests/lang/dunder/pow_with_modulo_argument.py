class M:
    def __init__(self, v):
        self.v = v

    def __pow__(self, exp, mod=None):
        if mod is None:
            return self.v ** exp
        return pow(self.v, exp, mod)

print(M(3) ** 4, pow(M(3), 4), pow(M(3), 4, 5))  # expect: 81 81 1
