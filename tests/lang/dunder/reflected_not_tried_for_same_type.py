class A:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return "radd"

try:
    A() + A()
except TypeError as e:
    print(e)    # expect: unsupported operand type(s) for +: 'A' and 'A'
print(1 + A())  # expect: radd
