class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print("matching")  # expect: matching
match Point(1, 2):
    case Point(a, b):
        print(a, b)
# expect runtime error: TypeError: Point() accepts 0 positional sub-patterns (2 given)
