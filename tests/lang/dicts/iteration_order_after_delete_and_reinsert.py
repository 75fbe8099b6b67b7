d = {"a": 1, "b": 2, "c": 3}
del d["a"]
d["a"] = 4
print(list(d))  # expect: ['b', 'c', 'a']
d["b"] = 5
print(d)  # expect: {'b': 5, 'c': 3, 'a': 4}
