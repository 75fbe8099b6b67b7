# geometry — a code module that the "Modules" example imports.
PI = 3.141592653589793


def circle_area(r):
    return PI * r * r


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
