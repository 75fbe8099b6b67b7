print(7 + 3, 7 - 3, 7 * 3)     # expect: 10 4 21
print(7 / 2, 6 / 3)            # expect: 3.5 2.0
print(7 // 2, 7 % 2, 2 ** 10)  # expect: 3 1 1024
print(-7 + 3, 3 - 10)          # expect: -4 -7
