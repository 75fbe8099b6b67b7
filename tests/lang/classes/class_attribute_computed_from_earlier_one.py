class Circle:
    pi = 3
    unit = 2 * pi

    def __init__(self, r):
        self.r = r

    def area(self):
        return self.pi * self.r * self.r

print(Circle.unit, Circle(2).area())  # expect: 6 12
