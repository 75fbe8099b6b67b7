s = {1, 2}
f = frozenset({2, 3})
print(type(s | f).__name__, type(f | s).__name__)
print(sorted(s & f), s == frozenset({1, 2}))
# expect: set frozenset
# expect: [2] True
