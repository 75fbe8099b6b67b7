print(int("1_000_000"), int("  -7\n"), int("+5"))  # expect: 1000000 -7 5
print(1_000 + 0x_ff + 0b_1, 0o7_7)                 # expect: 1256 63
