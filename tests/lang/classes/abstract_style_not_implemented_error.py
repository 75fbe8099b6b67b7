class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")

class Sq(Shape):
    def area(self):
        return 4

print(Sq().area())  # expect: 4
try:
    Shape().area()
except NotImplementedError as e:
    print("error:", e)  # expect: error: subclass must implement area
