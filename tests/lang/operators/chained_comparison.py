x = 2
print(1 < x < 3)        # expect: True
print(1 < x > 5)        # expect: False
print(0 <= x <= 2 < 3)  # expect: True
a = b = c = 7
print(a == b == c)         # expect: True
print(1 == 1 != 2)         # expect: True
print(3 > 2 > 1 > 0 > -1)  # expect: True
