a = [1, [2, 3], "x"]
print(len(a), len([]))                        # expect: 3 0
print(1 in a, 2 in a, [2, 3] in a, "x" in a)  # expect: True False True True
print(4 not in a)                             # expect: True
