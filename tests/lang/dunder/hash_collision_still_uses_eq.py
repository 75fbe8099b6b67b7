class Same:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return self.v == other.v

d = {Same(1): "one", Same(2): "two"}
print(len(d), d[Same(2)], d[Same(1)])  # expect: 2 two one
