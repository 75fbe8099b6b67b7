f = frozenset([3, 1, 2, 1])
print(sorted(f), len(f), 2 in f)
print(f == {1, 2, 3}, type(f | {4}).__name__)
print(frozenset())
# expect: [1, 2, 3] 3 True
# expect: True frozenset
# expect: frozenset()
