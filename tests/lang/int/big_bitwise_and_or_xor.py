a = 2 ** 80 + 2 ** 40 + 1
b = 2 ** 80 + 2 ** 20
print(a & b == 2 ** 80, a | b == a + 2 ** 20)  # expect: True True
print(a ^ b)                                   # expect: 1099512676353
print(hex(a & (2 ** 64 - 1)))                  # expect: 0x10000000001
