d = {"a": 1}
k = d.keys()
v = d.values()
i = d.items()
d["z"] = 26
print(len(k), list(k))   # expect: 2 ['a', 'z']
print(list(v), list(i))  # expect: [1, 26] [('a', 1), ('z', 26)]
del d["a"]
print(list(k))  # expect: ['z']
