print(dict.fromkeys(["a", "b"]))  # expect: {'a': None, 'b': None}
print(dict.fromkeys("xy", 0))     # expect: {'x': 0, 'y': 0}
shared = dict.fromkeys([1, 2], [])
shared[1].append("!")
print(shared)  # expect: {1: ['!'], 2: ['!']}
