a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b)  # expect: {'x': 1, 'y': 20, 'z': 30}
print(b | a)  # expect: {'y': 2, 'z': 30, 'x': 1}
a |= b
print(a)  # expect: {'x': 1, 'y': 20, 'z': 30}
a |= [("w", 0)]
print(a)  # expect: {'x': 1, 'y': 20, 'z': 30, 'w': 0}
