class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print("start")  # expect: start
Point(1)
# expect runtime error: TypeError: Point.__init__() missing 1 required positional argument: 'y'
