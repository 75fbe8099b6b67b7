data = {"k": 1, "x": 2, "y": 3}
match data:
    case {"k": k, **others}:
        others["z"] = 4
        print(k, others)  # expect: 1 {'x': 2, 'y': 3, 'z': 4}
print(data)               # expect: {'k': 1, 'x': 2, 'y': 3}
