print(len([1, 2]), len((1,)), len({1, 2, 2}), len({"a": 1}), len("abc"), len(range(3, 10, 2)))
# expect: 2 1 2 1 3 4
print(len(frozenset()), len({}.keys()), len(""), len([[]]))  # expect: 0 0 0 1
