print(2 + 3 * 4)           # expect: 14
print((2 + 3) * 4)         # expect: 20
print(10 - 4 - 3)          # expect: 3
print(100 // 10 // 3)      # expect: 3
print(2 * 3 % 4)           # expect: 2
print(-3 ** 2, (-3) ** 2)  # expect: -9 9
print(1 + 2 << 3)          # expect: 24
print(6 & 3 | 8)           # expect: 10
