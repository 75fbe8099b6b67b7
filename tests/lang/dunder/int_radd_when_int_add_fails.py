class Inches:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return Inches(other + self.v)

    def __rmul__(self, other):
        return Inches(other * self.v)

print((2 + Inches(3)).v, (2.5 + Inches(1)).v, (4 * Inches(2)).v)  # expect: 5 3.5 8
