d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d, len(d))  # expect: {'a': 1, 'c': 3} 2
del d["a"]
del d["c"]
print(d, len(d))  # expect: {} 0
