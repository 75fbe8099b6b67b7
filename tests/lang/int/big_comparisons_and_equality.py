a = 2 ** 64
print(a > 2 ** 63, a == 18446744073709551616, a != a + 1)   # expect: True True True
print(-a < -(2 ** 63), a == 2.0 ** 64, a + 1 == 2.0 ** 64)  # expect: True True False
