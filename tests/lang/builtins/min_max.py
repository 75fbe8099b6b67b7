print(min(3, 1, 2), max(3, 1, 2))             # expect: 1 3
print(min([4, 8, 2]), max("hello"))           # expect: 2 o
print(min("b", "a", "c"), max([1.5, 2, -3]))  # expect: a 2
print(max(1, 1.0), max(1.0, 1))               # expect: 1 1.0
