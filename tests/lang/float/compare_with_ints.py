print(1.0 == 1, 0.5 < 1, 2 > 1.5)         # expect: True True True
print(3 == 3.0000000000000001)            # expect: True
print(2 ** 53 == 2.0 ** 53)               # expect: True
print(2 ** 53 + 1 == float(2 ** 53 + 1))  # expect: False
print(1 <= 1.0 <= 1)                      # expect: True
