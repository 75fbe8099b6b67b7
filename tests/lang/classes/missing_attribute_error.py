class Point:
    def __init__(self):
        self.x = 0

p = Point()
print(p.x)  # expect: 0
print(p.z)  # expect runtime error: AttributeError: 'Point' object has no attribute 'z'
