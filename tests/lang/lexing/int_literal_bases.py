print(0x1F, 0XfF)
print(0o17, 0O777)
print(0b1011, 0B11)
print(0, 00, 0x0)
# expect: 31 255
# expect: 15 511
# expect: 11 3
# expect: 0 0 0
