class A:
    def __add__(self, other):
        return NotImplemented

class B:
    pass

print("adding")  # expect: adding
A() + B()        # expect runtime error: TypeError: unsupported operand type(s) for +: 'A' and 'B'
