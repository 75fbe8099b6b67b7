print(1.7976931348623157e308)
print(1.7976931348623157e308 * 2)
print(-1e308 * 10)
print(2.0 ** 1023 * 2)
# expect: 1.7976931348623157e+308
# expect: inf
# expect: -inf
# expect: inf
