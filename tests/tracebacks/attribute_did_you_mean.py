# An AttributeError offers the nearest attribute of the object.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

greeting = "hello"
print(greeting.uppr())
