a = [1, [2, 3], "x"]
print(len(a), len([]))
print(1 in a, 2 in a, [2, 3] in a, "x" in a)
print(4 not in a)
# expect: 3 0
# expect: True False True True
# expect: True
