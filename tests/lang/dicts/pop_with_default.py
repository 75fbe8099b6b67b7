d = {"a": 1, "b": 2}
print(d.pop("a"))              # expect: 1
print(d.pop("zz", "missing"))  # expect: missing
print(d.pop("zz", None))       # expect: None
print(d)                       # expect: {'b': 2}
