# Classes: methods, inheritance, super() and special methods.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def __repr__(self):
        return f"{self.name}(area={self.area()})"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("Rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "Square"


shapes = [Rect(2, 3), Square(4), Shape("Point")]
for s in shapes:
    print(s)
print("total area:", sum(s.area() for s in shapes))
print(isinstance(shapes[1], Rect), isinstance(shapes[0], Square))
