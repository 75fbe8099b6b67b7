class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

total = sum([Vec(1, 2), Vec(3, 4), Vec(5, 6)], Vec(0, 0))
print(total.x, total.y)  # expect: 9 12
