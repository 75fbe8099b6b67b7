print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}))  # expect: 3 2 1 1
print(len({1, 2, 2}), len(range(0, 10, 3)), len(""))      # expect: 2 4 0
print(len("日本語"), len([[1, 2, 3]]))                       # expect: 3 1
