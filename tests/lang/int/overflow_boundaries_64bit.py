# Results crossing the 64-bit boundary must silently become big ints.
m = 9223372036854775807
print(m + 1)
print(-m - 2)
print(m * 2)
print(m * m)
print((m + 1) - 1 == m)
# expect: 9223372036854775808
# expect: -9223372036854775809
# expect: 18446744073709551614
# expect: 85070591730234615847396907784232501249
# expect: True
