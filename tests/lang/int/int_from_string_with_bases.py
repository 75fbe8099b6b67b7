print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2))  # expect: 255 255 511 10
print(int("z", 36), int("Zz", 36), int("10", 3), int("-101", 2))    # expect: 35 1295 3 -5
print(int("0x1f", 16), int("0b11", 2), int("0o17", 8))              # expect: 31 3 15
