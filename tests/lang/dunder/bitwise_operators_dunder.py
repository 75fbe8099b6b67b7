class Flags:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Flags(self.v & o.v)

    def __or__(self, o):
        return Flags(self.v | o.v)

    def __xor__(self, o):
        return Flags(self.v ^ o.v)

    def __lshift__(self, n):
        return Flags(self.v << n)

    def __rshift__(self, n):
        return Flags(self.v >> n)

a, b = Flags(0b1100), Flags(0b1010)
print((a & b).v, (a | b).v, (a ^ b).v, (a << 2).v, (a >> 2).v)  # expect: 8 14 6 48 3
