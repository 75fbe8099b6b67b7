class Counter:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        self.v += o
        return self

class Holder:
    pass

h = Holder()
h.c = Counter(1)
h.c += 10
items = [Counter(5)]
items[0] += 2
print(h.c.v, items[0].v)  # expect: 11 7
