class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

print(P(1) == P(1))  # expect: True
s = {P(1)}           # expect runtime error: TypeError: unhashable type: 'P'
