print(int("ff", 16), int("FF", 16))                                  # expect: 255 255
print(int("777", 8), int("1010", 2), int("z", 36))                   # expect: 511 10 35
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("99", 0))  # expect: 31 15 3 99
print(int("0x1f", 16))                                               # expect: 31
print(int("-ff", 16))                                                # expect: -255
