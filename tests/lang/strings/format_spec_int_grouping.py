print(f"{1234567:,}")      # expect: 1,234,567
print(f"{1234567:_}")      # expect: 1_234_567
print(f"{-1234567:,}")     # expect: -1,234,567
print(f"{0xFFFFFFFF:_x}")  # expect: ffff_ffff
print(f"{1234567:_b}")     # expect: 1_0010_1101_0110_1000_0111
