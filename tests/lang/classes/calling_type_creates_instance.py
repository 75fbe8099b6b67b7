class Point:
    def __init__(self, x):
        self.x = x

p = Point(1)
q = type(p)(2)
print(q.x, type(q).__name__)  # expect: 2 Point
