class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("add")
        return Num(self.v + other)

n = Num(1)
old = n
n += 5                       # expect: add
print(n.v, old.v, n is old)  # expect: 6 1 False
