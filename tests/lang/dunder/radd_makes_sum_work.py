class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + other.x)

    def __radd__(self, other):
        if other == 0:
            return self
        return Vec(other + self.x)

print(sum([Vec(1), Vec(2), Vec(3)]).x)  # expect: 6
