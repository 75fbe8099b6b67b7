d = {"a": 1, "b": 2}
print(d.pop("a"))
print(d.pop("zz", "missing"))
print(d.pop("zz", None))
print(d)
# expect: 1
# expect: missing
# expect: None
# expect: {'b': 2}
