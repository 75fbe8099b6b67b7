class Shape:
    def __init__(self, size):
        self.size = size

    @classmethod
    def unit(cls):
        return cls(1)

class Square(Shape):
    def area(self):
        return self.size * self.size

s = Square.unit()
print(type(s).__name__, s.area())   # expect: Square 1
print(type(Shape.unit()).__name__)  # expect: Shape
