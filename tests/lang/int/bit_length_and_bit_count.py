values = [0, 1, 255, 256, -256, 2 ** 100, -(2 ** 100) - 1]
print([v.bit_length() for v in values])     # expect: [0, 1, 8, 9, 9, 101, 101]
print((255).bit_count(), (-7).bit_count())  # expect: 8 3
