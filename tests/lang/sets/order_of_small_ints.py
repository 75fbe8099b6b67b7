# Sets iterate in CPython's hash-table slot order: hash(i) == i for small ints.
print({3, 1, 2})  # expect: {1, 2, 3}
x = 3
print({x, 1, 2})                  # expect: {1, 2, 3}
print(set([10, 2, 33, 4]))        # expect: {33, 10, 2, 4}
print({n * 8 for n in range(6)})  # expect: {0, 32, 8, 40, 16, 24}
print(list({64, 0, 32, 8}))       # expect: [64, 0, 32, 8]
print(frozenset([-1, -2, 5]))     # expect: frozenset({5, -1, -2})
print({(1, 2), (0, 0), 1.5, -7})  # expect: {1.5, (1, 2), -7, (0, 0)}
print(set(range(20, 0, -3)))      # expect: {2, 5, 8, 11, 14, 17, 20}
