print(not 1 + 1 == 3)            # expect: True
print(1 + 2 * 3 ** 2)            # expect: 19
print(1 < 2 and 2 < 3 or False)  # expect: True
print(True or False and False)   # expect: True
print(-2 ** 2 + 10 // 3 % 2)     # expect: -3
print(2 | 1 ^ 3 & 1)             # expect: 2
print(1 if 0 else 2 + 3)         # expect: 5
