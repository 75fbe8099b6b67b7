class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return N(self.v + o.v)

    def __repr__(self):
        return f"N({self.v})"

print(N(1).__add__(N(2)))                                      # expect: N(3)
print((5).__add__(3), "ab".__len__(), [1, 2].__contains__(2))  # expect: 8 2 True
