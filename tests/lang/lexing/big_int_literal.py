# Integer literals have no size limit.
n = 123456789012345678901234567890
print(n)                       # expect: 123456789012345678901234567890
print(n + 1)                   # expect: 123456789012345678901234567891
print(0xFFFFFFFFFFFFFFFFFFFF)  # expect: 1208925819614629174706175
