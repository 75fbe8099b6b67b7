# Regression: dict == dict kept a pointer into the left dict's entries across a key's
# __eq__, which here grows that dict and moves its entries (a use after free); and
# comparing nested dicts recursed on the C stack until it overflowed.
grow = True


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 1

    def __eq__(self, other):
        global grow
        if grow:
            grow = False
            for i in range(100):
                a[i + 1000] = i
        return self.n == other.n


a = {Key(1): "x"}
b = {Key(1): "x"}
print(a == b, len(a))  # expect: False 101

# A value's __eq__ that empties the other dict.
class Value:
    def __eq__(self, other):
        d.clear()
        return True


c = {1: Value(), 2: Value()}
d = {1: Value(), 2: Value()}
print(c == d, d)  # expect: False {}

# Self-containing and deeply nested dicts raise RecursionError.
e = {}
e[0] = e
f = {}
f[0] = f
try:
    print(e == f)
except RecursionError as err:
    print("RecursionError:", err)
    # expect: RecursionError: maximum recursion depth exceeded in comparison
print(e == e, e)  # expect: True {0: {...}}
g = h = None
for i in range(100000):
    g = {0: g}
    h = {0: h}
try:
    print(g == h)
except RecursionError as err:
    print("RecursionError:", err)
    # expect: RecursionError: maximum recursion depth exceeded in comparison
print(g != {0: None})  # expect: True
