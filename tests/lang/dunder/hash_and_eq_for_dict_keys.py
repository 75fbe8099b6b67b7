class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

d = {Point(1, 2): "a"}
print(d[Point(1, 2)])                      # expect: a
print(Point(1, 2) in d, Point(2, 1) in d)  # expect: True False
