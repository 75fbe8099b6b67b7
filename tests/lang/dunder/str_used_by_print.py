class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(1, 2)
print(p)
print("point:", p)
# expect: (1, 2)
# expect: point: (1, 2)
