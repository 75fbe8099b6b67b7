# Results crossing the 64-bit boundary must silently become big ints.
m = 9223372036854775807
print(m + 1)             # expect: 9223372036854775808
print(-m - 2)            # expect: -9223372036854775809
print(m * 2)             # expect: 18446744073709551614
print(m * m)             # expect: 85070591730234615847396907784232501249
print((m + 1) - 1 == m)  # expect: True
