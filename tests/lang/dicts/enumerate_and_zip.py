d = {"a": 10, "b": 20}
print(list(enumerate(d)))
print(list(zip(d, d.values())))
print(dict(zip("xyz", range(3))))
# expect: [(0, 'a'), (1, 'b')]
# expect: [('a', 10), ('b', 20)]
# expect: {'x': 0, 'y': 1, 'z': 2}
