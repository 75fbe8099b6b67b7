print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5, 5 != 5)  # expect: True True False True True False
print("a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2))  # expect: True True True
