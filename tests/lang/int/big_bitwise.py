a = 2 ** 70 + 5
print(a & 0xFF)
print(a | 2)
print(a ^ a)
print(-a & 0xFFFF)
print(~a)
# expect: 5
# expect: 1180591620717411303431
# expect: 0
# expect: 65531
# expect: -1180591620717411303430
