x = 0.1 + 0.7
print(str(x))                       # expect: 0.7999999999999999
print(repr(x))                      # expect: 0.7999999999999999
print([x, 1.0])                     # expect: [0.7999999999999999, 1.0]
print(str(1e-7), repr(1e300 * 10))  # expect: 1e-07 1e+301
