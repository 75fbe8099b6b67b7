class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
print(repr(p))  # expect: Point(1, 2)
print(p)        # expect: Point(1, 2)
print(str(p))   # expect: Point(1, 2)
