a = 12345678901234567890
print(a * a)             # expect: 152415787532388367501905199875019052100
print(a * -3)            # expect: -37037036703703703670
print(-a * -a == a * a)  # expect: True
