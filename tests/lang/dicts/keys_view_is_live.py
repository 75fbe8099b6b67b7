d = {"a": 1}
k = d.keys()
v = d.values()
i = d.items()
d["z"] = 26
print(len(k), list(k))
print(list(v), list(i))
del d["a"]
print(list(k))
# expect: 2 ['a', 'z']
# expect: [1, 26] [('a', 1), ('z', 26)]
# expect: ['z']
