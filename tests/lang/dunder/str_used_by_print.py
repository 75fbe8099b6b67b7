class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(1, 2)
print(p)            # expect: (1, 2)
print("point:", p)  # expect: point: (1, 2)
