print(f"{1234567:,}")
print(f"{1234567:_}")
print(f"{-1234567:,}")
print(f"{0xFFFFFFFF:_x}")
print(f"{1234567:_b}")
# expect: 1,234,567
# expect: 1_234_567
# expect: -1,234,567
# expect: ffff_ffff
# expect: 1_0010_1101_0110_1000_0111
