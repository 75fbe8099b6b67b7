n = 255
print(f"{n:b} {n:#b} {n:o} {n:#o} {n:x} {n:#x} {n:X} {n:#X}")
# expect: 11111111 0b11111111 377 0o377 ff 0xff FF 0XFF
print(f"{-n:#x} {0:#b}")  # expect: -0xff 0b0
