a = {"x": 1, "y": 2, "z": 3}
b = {"y": 0, "w": 0}
print(sorted(a.keys() & b.keys()))               # expect: ['y']
print(sorted(a.keys() - b.keys()))               # expect: ['x', 'z']
print(sorted(a.keys() | b))                      # expect: ['w', 'x', 'y', 'z']
print(sorted(a.items() & {("x", 1), ("y", 9)}))  # expect: [('x', 1)]
