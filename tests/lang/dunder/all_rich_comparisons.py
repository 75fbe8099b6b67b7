class N:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __le__(self, o):
        return self.v <= o.v

    def __gt__(self, o):
        return self.v > o.v

    def __ge__(self, o):
        return self.v >= o.v

a, b = N(1), N(2)
print(a < b, a <= b, a > b, a >= b)  # expect: True True False False
print(b < a, b <= b, b > a, a >= a)  # expect: False True True True
