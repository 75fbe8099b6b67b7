class N:
    def __init__(self, v):
        self.v = v

    def __divmod__(self, other):
        return (self.v // other, self.v % other)

    def __rdivmod__(self, other):
        return ("r", other // self.v, other % self.v)

print(divmod(N(17), 5))  # expect: (3, 2)
print(divmod(17, N(5)))  # expect: ('r', 3, 2)
