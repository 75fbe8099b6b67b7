print(int("0x10", 0), int("0o10", 0), int("0b10", 0), int("10", 0))  # expect: 16 8 2 10
print(int("1_000", 0), int(" 42 ", 0))                               # expect: 1000 42
