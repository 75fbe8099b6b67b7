# collections.abc: protocol checks for user classes (a subclass of an ABC does not inherit
# its hook), Generator's mixins, Set operators with plain iterables, the mapping views.
from collections.abc import (Callable, Generator, Hashable, ItemsView, Iterable, Iterator, KeysView, Mapping,
                             MutableSet, Sequence, Set, Sized, ValuesView)


class Counter3(Iterator):
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


c = Counter3()
print(list(c), iter(c) is c, isinstance(c, Iterable))  # expect: [1, 2, 3] True True


class Ticker(Generator):
    def __init__(self):
        self.sent = []

    def send(self, value):
        self.sent.append(value)
        if len(self.sent) > 2:
            raise StopIteration
        return len(self.sent)

    def throw(self, typ, val=None, tb=None):
        raise typ


t = Ticker()
print(next(t), next(t), t.sent)  # expect: 1 2 [None, None]
t.close()
print(isinstance(t, Iterator), issubclass(Ticker, Generator))  # expect: True True


class OnlyLen:
    def __len__(self):
        return 0


class MyLen(Sized):
    pass


print(issubclass(OnlyLen, Sized), issubclass(OnlyLen, MyLen), issubclass(OnlyLen, Hashable))  # expect: True False True
print(isinstance(print, Callable), isinstance(3, Callable), isinstance(OnlyLen(), Sequence))  # expect: True False False


class FSet(Set):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"FSet({self.items})"

    __hash__ = Set._hash


a = FSet([1, 2, 3])
print(a - [2], a ^ [3, 4], [5] | a, (2, 9) & a, a == {1, 2, 3}, a >= FSet([1]), a > a)
# expect: FSet([1, 3]) FSet([1, 2, 4]) FSet([1, 2, 3, 5]) FSet([2]) True True False
print(a.isdisjoint([7, 8]), a.isdisjoint({3}), hash(a) == hash(FSet([3, 2, 1])), a.__eq__(5))
# expect: True False True NotImplemented
try:
    a - 5
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for -: 'FSet' and 'int'


class Grid(Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


g = Grid(x=1, y=2)
ks, its, vs = g.keys(), g.items(), g.values()
print(type(ks).__name__, type(its).__name__, list(vs), len(vs), 2 in vs, ("x", 1) in its, ("x", 2) in its)
# expect: KeysView ItemsView [1, 2] 2 True True False
print(ks | {"z"} == {"x", "y", "z"}, ks & ["y"], g == {"x": 1, "y": 2}, g.get("q", 9), "x" in g)
# expect: True {'y'} True 9 True
print(isinstance(ks, Set), isinstance(vs, ValuesView), isinstance({}.items(), ItemsView), isinstance({}.keys(), KeysView))
# expect: True True True True
