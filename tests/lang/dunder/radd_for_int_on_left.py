class Money:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Money(self.v + other)

    def __radd__(self, other):
        print("radd with", other)
        return Money(other + self.v)

print((1 + Money(5)).v)
# expect: radd with 1
# expect: 6
print((Money(5) + 1).v)  # expect: 6
