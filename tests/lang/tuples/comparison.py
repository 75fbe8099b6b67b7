print((1, 2) == (1, 2), (1, 2) == [1, 2])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0))
print((2, "a") > (1, "z"))
print(sorted([(2, 1), (1, 2), (1, 1)]))
# expect: True False
# expect: True True
# expect: True
# expect: [(1, 1), (1, 2), (2, 1)]
