d = {"a": 1, "b": 2, "c": 3}
print(d.popitem())
d["d"] = 4
print(d.popitem(), d.popitem())
print(d)
# expect: ('c', 3)
# expect: ('d', 4) ('b', 2)
# expect: {'a': 1}
