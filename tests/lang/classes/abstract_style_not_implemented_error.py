class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")

class Sq(Shape):
    def area(self):
        return 4

print(Sq().area())
try:
    Shape().area()
except NotImplementedError as e:
    print("error:", e)
# expect: 4
# expect: error: subclass must implement area
