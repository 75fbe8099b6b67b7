n = 255
print(f"{n:x} {n:X} {n:o} {n:b}")  # expect: ff FF 377 11111111
print(f"{n:#x} {n:#o} {n:#b}")     # expect: 0xff 0o377 0b11111111
print(f"{5:08b}")                  # expect: 00000101
print(f"{-255:x}")                 # expect: -ff
