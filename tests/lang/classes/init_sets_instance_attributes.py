class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(3, 4)
print(p.x, p.y)               # expect: 3 4
print(p.x * p.x + p.y * p.y)  # expect: 25
