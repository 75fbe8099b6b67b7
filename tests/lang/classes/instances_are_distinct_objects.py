class P:
    def __init__(self, v):
        self.v = v

a = P(1)
b = P(1)
c = a
print(a is b, a is c, a == b, a == c)  # expect: False True False True
c.v = 5
print(a.v)  # expect: 5
