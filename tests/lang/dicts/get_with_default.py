d = {"a": 1}
print(d.get("a"))     # expect: 1
print(d.get("z"))     # expect: None
print(d.get("z", 0))  # expect: 0
print(d.get("a", 0))  # expect: 1
print(d)              # expect: {'a': 1}
