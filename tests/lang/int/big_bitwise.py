a = 2 ** 70 + 5
print(a & 0xFF)     # expect: 5
print(a | 2)        # expect: 1180591620717411303431
print(a ^ a)        # expect: 0
print(-a & 0xFFFF)  # expect: 65531
print(~a)           # expect: -1180591620717411303430
