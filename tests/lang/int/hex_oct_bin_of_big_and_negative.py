print(hex(2 ** 64), oct(2 ** 64), bin(2 ** 40))
# expect: 0x10000000000000000 0o2000000000000000000000 0b10000000000000000000000000000000000000000
print(hex(-255), oct(-8), bin(-5))  # expect: -0xff -0o10 -0b101
print(hex(-(2 ** 70)))              # expect: -0x400000000000000000
print(hex(0), oct(0), bin(0))       # expect: 0x0 0o0 0b0
