f = frozenset([3, 1, 2, 1])
print(sorted(f), len(f), 2 in f)               # expect: [1, 2, 3] 3 True
print(f == {1, 2, 3}, type(f | {4}).__name__)  # expect: True frozenset
print(frozenset())                             # expect: frozenset()
