class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return Meters(self.v + other)

print((Meters(2) + 3).v, (Meters(2) + Meters(5)).v)  # expect: 5 7
