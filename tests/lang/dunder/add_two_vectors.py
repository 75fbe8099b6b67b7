class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

print(Vec(1, 2) + Vec(3, 4))              # expect: Vec(4, 6)
print(Vec(1, 1) + Vec(1, 1) + Vec(1, 1))  # expect: Vec(3, 3)
