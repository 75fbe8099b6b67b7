# collections.Counter: a dict of counts with most_common, elements, update/subtract and
# multiset arithmetic; it prints its items from the most common down, as CPython does.
from collections import Counter

c = Counter("abracadabra")
print(c)  # expect: Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})
print(c.most_common(2), c.most_common(0), c["z"], "z" in c, c.total(), len(c))
# expect: [('a', 5), ('b', 2)] [] 0 False 11 5
print(list(c.elements()))  # expect: ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'r', 'r', 'c', 'd']
print(Counter(), Counter({"x": 2}), Counter(["a", "b", "a"]), Counter(a=2, b=2, c=3))
# expect: Counter() Counter({'x': 2}) Counter({'a': 2, 'b': 1}) Counter({'c': 3, 'a': 2, 'b': 2})
print(Counter("hello world").most_common(3), sorted(Counter("mississippi").items()))
# expect: [('l', 3), ('o', 2), ('h', 1)] [('i', 4), ('m', 1), ('p', 2), ('s', 4)]

c = Counter(a=1)
c.subtract(a=3, b=1)
print(c)  # expect: Counter({'b': -1, 'a': -2})
c.update("aaa")
c.update({"b": 5})
c.update(Counter(c=2), d=1)
print(c)  # expect: Counter({'b': 4, 'c': 2, 'a': 1, 'd': 1})
c.subtract("c")
print(c)  # expect: Counter({'b': 4, 'a': 1, 'c': 1, 'd': 1})

a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=-1)
print(a + b, a - b, a | b, a & b)
# expect: Counter({'a': 4, 'b': 3}) Counter({'a': 2, 'c': 1}) Counter({'a': 3, 'b': 2}) Counter({'a': 1, 'b': 1})
a += Counter(b=2, z=-5)
print(a)  # expect: Counter({'a': 3, 'b': 3})
a -= Counter(a=5)
print(a)  # expect: Counter({'b': 3})
a = Counter(a=3, b=1)
a |= Counter(b=4, z=0)
print(a)  # expect: Counter({'b': 4, 'a': 3})
a &= Counter(a=1, b=9)
print(a)  # expect: Counter({'b': 4, 'a': 1})

words = "the quick brown fox jumps over the lazy dog the end".split()
top = Counter(words).most_common(1)[0]
print(top, Counter(len(w) for w in words))  # expect: ('the', 3) Counter({3: 6, 5: 3, 4: 2})
inventory = Counter(apples=3)
inventory["pears"] += 2
del inventory["missing"]
print(inventory, isinstance(inventory, dict), dict(inventory), inventory.copy())
# expect: Counter({'apples': 3, 'pears': 2}) True {'apples': 3, 'pears': 2} Counter({'apples': 3, 'pears': 2})
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
    # expect: NotImplementedError: Counter.fromkeys() is undefined.  Use Counter(iterable) instead.
# Comparisons as multisets (3.10): a missing element counts as zero.
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=1, b=0), Counter("ab") == Counter("ba"))
# expect: True False True
print(Counter(a=1) <= Counter(a=2), Counter(a=3) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=1, b=1) > Counter(b=1))
# expect: True False False True
