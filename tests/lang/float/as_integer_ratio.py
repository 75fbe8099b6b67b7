print((0.5).as_integer_ratio(), (0.75).as_integer_ratio(), (-2.0).as_integer_ratio())
# expect: (1, 2) (3, 4) (-2, 1)
print((0.1).as_integer_ratio())             # expect: (3602879701896397, 36028797018963968)
print((10 ** 20 * 1.0).as_integer_ratio())  # expect: (100000000000000000000, 1)
