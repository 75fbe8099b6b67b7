# Underscores group digits; they do not change the value.
print(1_000_000)     # expect: 1000000
print(0x_FF_FF)      # expect: 65535
print(0b_1111_0000)  # expect: 240
print(0o_7_7)        # expect: 63
print(1_0 + 2_0)     # expect: 30
