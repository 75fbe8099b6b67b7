n = 255
print(f"{n:x} {n:X} {n:o} {n:b}")
print(f"{n:#x} {n:#o} {n:#b}")
print(f"{5:08b}")
print(f"{-255:x}")
# expect: ff FF 377 11111111
# expect: 0xff 0o377 0b11111111
# expect: 00000101
# expect: -ff
