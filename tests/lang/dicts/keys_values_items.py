d = {"x": 1, "y": 2, "z": 3}
print(list(d.keys()))
print(list(d.values()))
print(list(d.items()))
print(len(d.keys()), "y" in d.keys())
# expect: ['x', 'y', 'z']
# expect: [1, 2, 3]
# expect: [('x', 1), ('y', 2), ('z', 3)]
# expect: 3 True
