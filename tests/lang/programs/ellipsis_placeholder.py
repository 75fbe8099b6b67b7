class Shape:
    def area(self): ...
    def perimeter(self): ...

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

def todo():
    ...

s = Square(3)
print(s.area(), s.perimeter(), todo())  # expect: 9 None None
print(...)                              # expect: Ellipsis
print(Ellipsis is ...)                  # expect: True
