class Point:
    def __init__(self):
        self.x = 0

p = Point()
print(p.x)
print(p.z)
# expect: 0
# expect runtime error: AttributeError: 'Point' object has no attribute 'z'
