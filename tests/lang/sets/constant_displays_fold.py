# CPython folds an all-constant set display of three or more items into a frozenset constant
# (and any constant display used as a for/comprehension iterable), then copies it: the printed
# order is that frozenset's, which can differ from adding the items one by one.
print({192, 7, 80, 2, 5})  # expect: {192, 80, 2, 5, 7}
v = 192
print({v, 7, 80, 2, 5})  # expect: {192, 2, 5, 7, 80}
out = []
for x in {9, 17, 1, 33, 25}:
    out.append(x)
print(out)                                   # expect: [33, 1, 9, 17, 25]
print([y for y in {64, 0, 32, 128, 1, 65}])  # expect: [64, 0, 32, 128, 1, 65]
print({(1, 2), (3, 4), (5, 6), -1})          # expect: {(1, 2), (3, 4), (5, 6), -1}
