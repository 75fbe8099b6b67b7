s = {1, 2}
f = frozenset({2, 3})
print(type(s | f).__name__, type(f | s).__name__)  # expect: set frozenset
print(sorted(s & f), s == frozenset({1, 2}))       # expect: [2] True
