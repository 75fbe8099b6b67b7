# Each escape produces exactly one character; check via ord().
print(ord("\n"), ord("\t"), ord("\r"), ord("\\"))
print(ord("\x7f"), ord("\u00e9"), ord("\u65e5"))
print(ord("\a"), ord("\b"), ord("\f"), ord("\v"))
print(len("a\tb\nc"))
# expect: 10 9 13 92
# expect: 127 233 26085
# expect: 7 8 12 11
# expect: 5
