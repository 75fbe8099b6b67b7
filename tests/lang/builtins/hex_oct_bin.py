print(hex(255), oct(8), bin(5))          # expect: 0xff 0o10 0b101
print(hex(0), oct(0), bin(0))            # expect: 0x0 0o0 0b0
print(hex(-255), oct(-8), bin(-5))       # expect: -0xff -0o10 -0b101
print(hex(2 ** 64))                      # expect: 0x10000000000000000
print(bin(255)[2:], len(bin(1023)) - 2)  # expect: 11111111 10
