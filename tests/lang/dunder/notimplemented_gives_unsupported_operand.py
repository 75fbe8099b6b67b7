class A:
    def __add__(self, other):
        return NotImplemented

class B:
    pass

print("adding")
A() + B()
# expect: adding
# expect runtime error: TypeError: unsupported operand type(s) for +: 'A' and 'B'
