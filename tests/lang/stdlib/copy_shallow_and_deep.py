# copy.copy and copy.deepcopy: builtin containers, instances of classes, shared and
# cyclic references, __copy__/__deepcopy__ and __getstate__/__setstate__.
import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(b, c, b[1] is a[1], c[1] is a[1], b is a)
# expect: [1, [2, 3, 99], {'k': [4, 5]}] [1, [2, 3], {'k': [4]}] True False False
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, "a")) == (1, "a"))
# expect: True False True
d = {"x": {1, 2}, "y": frozenset([3])}
e = copy.deepcopy(d)
print(e, e["x"] is d["x"], copy.copy({1, 2}), copy.copy(d) == d)
# expect: {'x': {1, 2}, 'y': frozenset({3})} False {1, 2} True
r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc[1] is r, len(rc))  # expect: True False 2
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)  # expect: True False


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Pt({self.x}, {self.y})"


p = Pt(1, [2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.y.append(3)
print(p2, p3, type(p3).__name__, p2 is p, p2.y is p.y)
# expect: Pt(1, [2, 3]) Pt(1, [2]) Pt False True


class Custom:
    def __copy__(self):
        return "shallow!"

    def __deepcopy__(self, memo):
        return "deep!"


print(copy.copy(Custom()), copy.deepcopy(Custom()), copy.deepcopy([Custom()]))
# expect: shallow! deep! ['deep!']


class State:
    def __init__(self):
        self.a = 1
        self.cache = "big"

    def __getstate__(self):
        return {"a": self.a}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = None


s2 = copy.deepcopy(State())
print(s2.a, s2.cache)  # expect: 1 None
print(copy.copy(5), copy.deepcopy("s"), copy.deepcopy(None), copy.copy(len) is len, copy.deepcopy(Pt) is Pt)
# expect: 5 s None True True


def gen():
    yield 1


try:
    copy.copy(gen())
except TypeError as e:
    print(e)                              # expect: cannot pickle 'generator' object
print(issubclass(copy.Error, Exception))  # expect: True
