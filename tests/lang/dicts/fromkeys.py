print(dict.fromkeys(["a", "b"]))
print(dict.fromkeys("xy", 0))
shared = dict.fromkeys([1, 2], [])
shared[1].append("!")
print(shared)
# expect: {'a': None, 'b': None}
# expect: {'x': 0, 'y': 0}
# expect: {1: ['!'], 2: ['!']}
