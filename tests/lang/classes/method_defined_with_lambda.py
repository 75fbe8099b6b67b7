class Num:
    def __init__(self, v):
        self.v = v

    double = lambda self: self.v * 2

print(Num(21).double())  # expect: 42
