x = 0b1100
x &= 0b1010; print(x)  # expect: 8
x |= 0b0001; print(x)  # expect: 9
x ^= 0b1111; print(x)  # expect: 6
x <<= 3; print(x)      # expect: 48
x >>= 2; print(x)      # expect: 12
