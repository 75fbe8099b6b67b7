print(1 + 2.0)            # expect: 3.0
print(3 * 0.5)            # expect: 1.5
print(10 - 0.25)          # expect: 9.75
print(7 // 2.0, 7 % 2.0)  # expect: 3.0 1.0
print(2 ** 0.5)           # expect: 1.4142135623730951
print(1 == 1.0, 2 < 2.5)  # expect: True True
