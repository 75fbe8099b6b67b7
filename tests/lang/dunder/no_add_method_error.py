class A:
    pass

class B:
    pass

A() + B()  # expect runtime error: TypeError: unsupported operand type(s) for +: 'A' and 'B'
