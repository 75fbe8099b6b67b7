class Circle:
    PI = 3.14

    def __init__(self, r):
        self.r = r

    def area(self):
        return round(Circle.PI * self.r ** 2, 2)

    def area2(self):
        return round(self.PI * self.r ** 2, 2)

print(Circle(2).area(), Circle(2).area2())  # expect: 12.56 12.56
