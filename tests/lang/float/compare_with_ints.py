print(1.0 == 1, 0.5 < 1, 2 > 1.5)
print(3 == 3.0000000000000001)
print(2 ** 53 == 2.0 ** 53)
print(2 ** 53 + 1 == float(2 ** 53 + 1))
print(1 <= 1.0 <= 1)
# expect: True True True
# expect: True
# expect: True
# expect: False
# expect: True
