print(chr(0x10FFFF) == "\U0010FFFF")
chr(-1)
# expect: True
# expect runtime error: ValueError: chr() arg not in range(0x110000)
