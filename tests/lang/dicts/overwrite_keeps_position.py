# Re-assigning an existing key keeps its original position.
d = {"a": 1, "b": 2, "c": 3}
d["a"] = 100
print(d)  # expect: {'a': 100, 'b': 2, 'c': 3}
del d["b"]
d["b"] = 200
print(d)                         # expect: {'a': 100, 'c': 3, 'b': 200}
print({"x": 1, "y": 2, "x": 3})  # expect: {'x': 3, 'y': 2}
