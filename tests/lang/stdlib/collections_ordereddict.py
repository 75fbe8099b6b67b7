# collections.OrderedDict: a dict subclass with move_to_end and popitem(last=), printed as
# CPython 3.11 prints it (a list of pairs).
from collections import OrderedDict

od = OrderedDict(a=1, b=2, c=3)
print(od, OrderedDict(), isinstance(od, dict))
# expect: OrderedDict([('a', 1), ('b', 2), ('c', 3)]) OrderedDict() True
od.move_to_end("a")
print(od)  # expect: OrderedDict([('b', 2), ('c', 3), ('a', 1)])
od.move_to_end("c", last=False)
print(od)  # expect: OrderedDict([('c', 3), ('b', 2), ('a', 1)])
print(od.popitem(), od.popitem(last=False), od)  # expect: ('a', 1) ('c', 3) OrderedDict([('b', 2)])
od["x"] = 9
od["b"] = 20
print(list(od), list(reversed(od)), list(od.items()))
# expect: ['b', 'x'] ['x', 'b'] [('b', 20), ('x', 9)]
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'zz'
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'dictionary is empty'
print(OrderedDict.fromkeys("xy", 0), OrderedDict(a=1) | {"b": 2}, OrderedDict([("k", "v")]))
# expect: OrderedDict([('x', 0), ('y', 0)]) OrderedDict([('a', 1), ('b', 2)]) OrderedDict([('k', 'v')])
copy = od.copy()
copy["new"] = 1
print(type(copy).__name__, copy, od)
# expect: OrderedDict OrderedDict([('b', 20), ('x', 9), ('new', 1)]) OrderedDict([('b', 20), ('x', 9)])

# An LRU cache of two entries, the classic use of move_to_end.
cache = OrderedDict()
for key in ["a", "b", "a", "c", "b", "d"]:
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = key.upper()
        if len(cache) > 2:
            cache.popitem(last=False)
print(cache)  # expect: OrderedDict([('b', 'B'), ('d', 'D')])
# Two OrderedDicts are equal only in the same order; with a dict, order does not matter.
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1) != OrderedDict(a=1))
# expect: False True False
