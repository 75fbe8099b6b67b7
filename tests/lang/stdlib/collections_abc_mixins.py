# collections.abc: a class that defines the abstract methods gets the mixin methods.
import collections.abc as cabc


class Squares(cabc.Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


s = Squares(6)
print(list(s), 9 in s, 10 in s, list(reversed(s)), s.index(16), s.count(4), s.index(1, -5))
# expect: [0, 1, 4, 9, 16, 25] True False [25, 16, 9, 4, 1, 0] 4 1 1
try:
    s.index(7)
except ValueError as e:
    print("ValueError", repr(e))  # expect: ValueError ValueError()


class Stack(cabc.MutableSequence):
    def __init__(self):
        self.data = []

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def insert(self, i, v):
        self.data.insert(i, v)

    def __repr__(self):
        return f"Stack({self.data})"


st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
st.reverse()
print(st, st.pop(), st.pop(0), st)  # expect: Stack([4, 3, 2]) 1 5 Stack([4, 3, 2])
st.remove(3)
print(st, len(st))  # expect: Stack([4, 2]) 2
st.clear()
print(st)  # expect: Stack([])


class Registry(cabc.MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r["A"] = 1
r.update({"B": 2}, C=3)
r.update([("d", 4)])
print(sorted(r.items()), list(r.keys()), list(r.values()), "a" in r, r.get("Z", 0), r.setdefault("e", 5))
# expect: [('a', 1), ('b', 2), ('c', 3), ('d', 4)] ['a', 'b', 'c', 'd'] [1, 2, 3, 4] True 0 5
print(r.pop("a"), r.pop("zz", "none"), r.popitem(), len(r), r == {"c": 3, "d": 4, "e": 5}, type(r.keys()).__name__)
# expect: 1 none ('b', 2) 3 True KeysView
print(isinstance(r.keys(), cabc.KeysView), r.items() & {("c", 3)}, ("d", 4) in r.items(), 5 in r.values())
# expect: True {('c', 3)} True True
try:
    r.pop("nope")
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'nope'
r.clear()
print(len(r))  # expect: 0


class Letters(cabc.MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return f"Letters({''.join(self.items)!r})"


a, b = Letters("abcd"), Letters("cdef")
print(a & b, a | b, a - b, a ^ b, a <= Letters("abcde"), a < a, a == Letters("dcba"), a.isdisjoint(Letters("xy")))
# expect: Letters('cd') Letters('abcdef') Letters('ab') Letters('abef') True False True True
a |= "xy"
a -= "ab"
print(a, a.pop(), a)  # expect: Letters('dxy') c Letters('dxy')
a.remove("d")
try:
    a.remove("q")
except KeyError as e:
    print("KeyError", e)                                  # expect: KeyError 'q'
print(a, Letters("ab")._hash() == Letters("ba")._hash())  # expect: Letters('xy') True
try:
    cabc.Sequence()
except TypeError as e:
    print(e)
    # expect: Can't instantiate abstract class Sequence with abstract methods __getitem__, __len__
print(cabc.Iterable[int], cabc.Callable[[int, str], float], cabc.Mapping[str, cabc.Sequence[int]])
# expect: collections.abc.Iterable[int] collections.abc.Callable[[int, str], float] collections.abc.Mapping[str, collections.abc.Sequence[int]]
