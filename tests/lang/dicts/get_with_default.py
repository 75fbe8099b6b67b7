d = {"a": 1}
print(d.get("a"))
print(d.get("z"))
print(d.get("z", 0))
print(d.get("a", 0))
print(d)
# expect: 1
# expect: None
# expect: 0
# expect: 1
# expect: {'a': 1}
