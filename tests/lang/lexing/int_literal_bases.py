print(0x1F, 0XfF)    # expect: 31 255
print(0o17, 0O777)   # expect: 15 511
print(0b1011, 0B11)  # expect: 11 3
print(0, 00, 0x0)    # expect: 0 0 0
