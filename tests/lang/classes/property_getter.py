class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def diameter(self):
        return self.r * 2

c = Circle(5)
print(c.diameter)  # expect: 10
c.r = 7
print(c.diameter)  # expect: 14
