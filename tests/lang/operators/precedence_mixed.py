print(not 1 + 1 == 3)
print(1 + 2 * 3 ** 2)
print(1 < 2 and 2 < 3 or False)
print(True or False and False)
print(-2 ** 2 + 10 // 3 % 2)
print(2 | 1 ^ 3 & 1)
print(1 if 0 else 2 + 3)
# expect: True
# expect: 19
# expect: True
# expect: True
# expect: -3
# expect: 2
# expect: 5
