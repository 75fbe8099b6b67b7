d = {"a": 1, "b": 2, "c": 3}
print(d.popitem())  # expect: ('c', 3)
d["d"] = 4
print(d.popitem(), d.popitem())  # expect: ('d', 4) ('b', 2)
print(d)                         # expect: {'a': 1}
