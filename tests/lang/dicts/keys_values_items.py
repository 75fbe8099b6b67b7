d = {"x": 1, "y": 2, "z": 3}
print(list(d.keys()))                  # expect: ['x', 'y', 'z']
print(list(d.values()))                # expect: [1, 2, 3]
print(list(d.items()))                 # expect: [('x', 1), ('y', 2), ('z', 3)]
print(len(d.keys()), "y" in d.keys())  # expect: 3 True
