class Name:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __hash__(self):
        return hash(self.n)

    def __repr__(self):
        return f"Name({self.n!r})"

d = {Name("a"): 1}
d[Name("a")] = 2
print(d)  # expect: {Name('a'): 2}
