class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

print([P(1), P(2)] == [P(1), P(2)])  # expect: True
print([P(1)] == [P(3)])              # expect: False
print((P(1),) == (P(1),))            # expect: True
