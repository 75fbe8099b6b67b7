print(chr(0x10FFFF) == "\U0010FFFF")  # expect: True
chr(-1)  # expect runtime error: ValueError: chr() arg not in range(0x110000)
