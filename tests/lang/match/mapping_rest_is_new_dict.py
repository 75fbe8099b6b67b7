data = {"k": 1, "x": 2, "y": 3}
match data:
    case {"k": k, **others}:
        others["z"] = 4
        print(k, others)
print(data)
# expect: 1 {'x': 2, 'y': 3, 'z': 4}
# expect: {'k': 1, 'x': 2, 'y': 3}
