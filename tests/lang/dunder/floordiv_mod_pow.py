class N:
    def __init__(self, v):
        self.v = v

    def __floordiv__(self, o):
        return N(self.v // o)

    def __mod__(self, o):
        return N(self.v % o)

    def __pow__(self, o):
        return N(self.v ** o)

    def __repr__(self):
        return f"N({self.v})"

print(N(17) // 5, N(17) % 5, N(3) ** 4)  # expect: N(3) N(2) N(81)
