# Each escape produces exactly one character; check via ord().
print(ord("\n"), ord("\t"), ord("\r"), ord("\\"))  # expect: 10 9 13 92
print(ord("\x7f"), ord("\u00e9"), ord("\u65e5"))   # expect: 127 233 26085
print(ord("\a"), ord("\b"), ord("\f"), ord("\v"))  # expect: 7 8 12 11
print(len("a\tb\nc"))                              # expect: 5
