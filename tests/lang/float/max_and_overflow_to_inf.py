print(1.7976931348623157e308)      # expect: 1.7976931348623157e+308
print(1.7976931348623157e308 * 2)  # expect: inf
print(-1e308 * 10)                 # expect: -inf
print(2.0 ** 1023 * 2)             # expect: inf
