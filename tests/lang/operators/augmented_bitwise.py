x = 0b1100
x &= 0b1010; print(x)
x |= 0b0001; print(x)
x ^= 0b1111; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
# expect: 8
# expect: 9
# expect: 6
# expect: 48
# expect: 12
