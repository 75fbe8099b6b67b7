class N:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return N(-self.v)

    def __pos__(self):
        return N(self.v + 1000)

    def __abs__(self):
        return N(abs(self.v))

    def __invert__(self):
        return N(~self.v)

n = N(-5)
print((-n).v, (+n).v, abs(n).v, (~n).v)  # expect: 5 995 5 4
