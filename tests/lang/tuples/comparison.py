print((1, 2) == (1, 2), (1, 2) == [1, 2])   # expect: True False
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0))  # expect: True True
print((2, "a") > (1, "z"))                  # expect: True
print(sorted([(2, 1), (1, 2), (1, 1)]))     # expect: [(1, 1), (1, 2), (2, 1)]
