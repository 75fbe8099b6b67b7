class Times:
    def __init__(self, n):
        self.n = n

    def __rmul__(self, other):
        return other * self.n

print([1, 2] * Times(2))  # expect: [1, 2, 1, 2]
print("ab" * Times(3))    # expect: ababab
