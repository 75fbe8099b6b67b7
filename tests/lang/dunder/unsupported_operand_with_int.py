class Vec:
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec()

v = Vec() + Vec()
print(type(v).__name__)  # expect: Vec
v * 2  # expect runtime error: TypeError: unsupported operand type(s) for *: 'Vec' and 'int'
