d = {"a": 10, "b": 20}
print(list(enumerate(d)))          # expect: [(0, 'a'), (1, 'b')]
print(list(zip(d, d.values())))    # expect: [('a', 10), ('b', 20)]
print(dict(zip("xyz", range(3))))  # expect: {'x': 0, 'y': 1, 'z': 2}
