class Box:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

a, b = Box(1), Box(2)
print(b > a)
# expect: lt 1 2
# expect: True
