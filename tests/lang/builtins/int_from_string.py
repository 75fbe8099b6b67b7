print(int("42"), int("-7"), int("+3"))        # expect: 42 -7 3
print(int("  42 "), int("\t9\n"))             # expect: 42 9
print(int("1_000"))                           # expect: 1000
print(int("0042"))                            # expect: 42
print(int("123456789012345678901234567890"))  # expect: 123456789012345678901234567890
