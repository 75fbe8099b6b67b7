class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

print(Point(1, 2) == Point(1, 2))  # expect: True
print(Point(1, 2) == Point(2, 1))  # expect: False
print(Point(1, 2) != Point(1, 2))  # expect: False
