class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + other.x)

print(sum([Vec(1)], Vec(0)).x)  # expect: 1
sum([Vec(1), Vec(2)])
# expect runtime error: TypeError: unsupported operand type(s) for +: 'int' and 'Vec'
