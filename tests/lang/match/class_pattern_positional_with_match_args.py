class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

match Point(1, 2):
    case Point(0, 0):
        print("origin")
    case Point(a, b):
        print("point", a, b)  # expect: point 1 2
