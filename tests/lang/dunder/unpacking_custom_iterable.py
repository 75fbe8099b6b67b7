class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __iter__(self):
        yield self.a
        yield self.b

x, y = Pair(1, 2)
print(x, y)                    # expect: 1 2
print(*Pair("p", "q"))         # expect: p q
print(dict([Pair("k", "v")]))  # expect: {'k': 'v'}
