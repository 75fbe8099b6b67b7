a = {"x": 1, "y": 2, "z": 3}
b = {"y": 0, "w": 0}
print(sorted(a.keys() & b.keys()))
print(sorted(a.keys() - b.keys()))
print(sorted(a.keys() | b))
print(sorted(a.items() & {("x", 1), ("y", 9)}))
# expect: ['y']
# expect: ['x', 'z']
# expect: ['w', 'x', 'y', 'z']
# expect: [('x', 1)]
