# Underscores group digits; they do not change the value.
print(1_000_000)
print(0x_FF_FF)
print(0b_1111_0000)
print(0o_7_7)
print(1_0 + 2_0)
# expect: 1000000
# expect: 65535
# expect: 240
# expect: 63
# expect: 30
