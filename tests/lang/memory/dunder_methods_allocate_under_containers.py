# User __hash__, __eq__, __lt__, __repr__ and __iter__ that allocate while a dict, a set,
# sorted() or repr() is in the middle of its work.
class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(str(self.n % 7) * 3)

    def __eq__(self, other):
        return [self.n] == [other.n]

    def __lt__(self, other):
        return (str(self.n).zfill(5), 1) < (str(other.n).zfill(5), 1)

    def __repr__(self):
        return "K" + str(self.n) * 2


d = {Key(i): str(i) for i in range(200)}
print(len(d), d[Key(150)])                                        # expect: 200 150
s = set(Key(i % 50) for i in range(500))
print(len(s))                                                     # expect: 50
print(sorted(s)[:3])                                              # expect: [K00, K11, K22]
print(repr([Key(1), (Key(2), {Key(3): Key(4)})]))                 # expect: [K11, (K22, {K33: K44})]


class Bag:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter([str(i) for i in range(self.n)])


print(sum(len(x) for x in Bag(1000)), list(Bag(3)))               # expect: 2890 ['0', '1', '2']
