class Vec:
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec()

v = Vec() + Vec()
print(type(v).__name__)
v * 2
# expect: Vec
# expect runtime error: TypeError: unsupported operand type(s) for *: 'Vec' and 'int'
