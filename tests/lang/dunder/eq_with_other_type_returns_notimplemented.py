class Meters:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return self.v == other.v

print(Meters(3) == Meters(3), Meters(3) == 3, Meters(3) != "3")  # expect: True False True
