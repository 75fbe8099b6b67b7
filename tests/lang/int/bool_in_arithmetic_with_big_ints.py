print(True + 2 ** 64, 2 ** 64 * False, -True)  # expect: 18446744073709551617 0 -1
print(True << 70)                              # expect: 1180591620717411303424
