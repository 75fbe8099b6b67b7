# collections: Counter's multiset arithmetic (in place too) and comparisons, update and
# subtract, ChainMap's changes to its first mapping and their errors.
from collections import Counter, ChainMap, OrderedDict
a = Counter(a=3, b=-1, c=0, d=2)
b = Counter(b=2, d=5, e=-4, f=1)
print(a + b, a - b, a | b, a & b, a.__pos__(), a.__neg__(), b - a, b | a, b & a)
# expect: Counter({'d': 7, 'a': 3, 'b': 1, 'f': 1}) Counter({'e': 4, 'a': 3}) Counter({'d': 5, 'a': 3, 'b': 2, 'f': 1}) Counter({'d': 2}) Counter({'a': 3, 'd': 2}) Counter({'b': 1}) Counter({'b': 3, 'd': 3, 'f': 1}) Counter({'d': 5, 'a': 3, 'b': 2, 'f': 1}) Counter({'d': 2})
print(a == b, a <= a + Counter(z=1), a < a, Counter(x=1) >= Counter(), Counter() == Counter(q=0), a != b)
# expect: False True False True True True
c = a.copy(); c += b; print(c)
# expect: Counter({'d': 7, 'a': 3, 'b': 1, 'f': 1})
c = a.copy(); c -= b; print(c)
# expect: Counter({'e': 4, 'a': 3})
c = a.copy(); c |= b; print(c)
# expect: Counter({'d': 5, 'a': 3, 'b': 2, 'f': 1})
c = a.copy(); c &= b; print(c)
# expect: Counter({'d': 2})
c = Counter("abracadabra"); c.update({"a": 2, "z": 1}); c.subtract("aaz"); c.update(x=3); print(c, sorted(c.elements()), c.most_common(2), c.total())
# expect: Counter({'a': 5, 'x': 3, 'b': 2, 'r': 2, 'c': 1, 'd': 1, 'z': 0}) ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'c', 'd', 'r', 'r', 'x', 'x', 'x'] [('a', 5), ('x', 3)] 14

cm = ChainMap({"a": 1}, {"b": 2})
cm.update({"c": 3}, d=4); cm.update([("e", 5)]); print(cm)
# expect: ChainMap({'a': 1, 'c': 3, 'd': 4, 'e': 5}, {'b': 2})
try: del cm["b"]
except KeyError as e: print("KeyError", e)
# expect: KeyError "Key not found in the first mapping: 'b'"
try: cm.pop("zz")
except KeyError as e: print("KeyError", e)
# expect: KeyError "Key not found in the first mapping: 'zz'"
print(cm.pop("zz", 9), cm.popitem(), OrderedDict.fromkeys("abc", 0))
# expect: 9 ('e', 5) OrderedDict([('a', 0), ('b', 0), ('c', 0)])
try: ChainMap({}).popitem()
except KeyError as e: print("KeyError", e)
# expect: KeyError 'No keys found in the first mapping.'
for op in [lambda x, y: x + y, lambda x, y: x - y, lambda x, y: x | y, lambda x, y: x & y, lambda x, y: x < y, lambda x, y: x == y]:
    try:
        shown = op(Counter(), {})
    except TypeError as e:
        shown = e
    print(shown)
    # expect: unsupported operand type(s) for +: 'Counter' and 'dict'
    # expect: unsupported operand type(s) for -: 'Counter' and 'dict'
    # expect: {}
    # expect: unsupported operand type(s) for &: 'Counter' and 'dict'
    # expect: '<' not supported between instances of 'Counter' and 'dict'
    # expect: True
