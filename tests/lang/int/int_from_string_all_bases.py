for base in range(2, 37):
    if base in (2, 8, 10, 16, 36):
        print(base, int("11", base), int("-10", base))
# expect: 2 3 -2
# expect: 8 9 -8
# expect: 10 11 -10
# expect: 16 17 -16
# expect: 36 37 -36
