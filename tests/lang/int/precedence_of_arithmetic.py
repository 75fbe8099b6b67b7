print(2 + 3 * 4)
print((2 + 3) * 4)
print(10 - 4 - 3)
print(100 // 10 // 3)
print(2 * 3 % 4)
print(-3 ** 2, (-3) ** 2)
print(1 + 2 << 3)
print(6 & 3 | 8)
# expect: 14
# expect: 20
# expect: 3
# expect: 3
# expect: 2
# expect: -9 9
# expect: 24
# expect: 10
