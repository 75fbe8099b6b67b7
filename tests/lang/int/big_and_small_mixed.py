big = 2 ** 80
print(big + 1)
print(1 + big)
print(big - big)
print(big // 3, big % 3)
print(big * 0)
print(big / 2 ** 79)
# expect: 1208925819614629174706177
# expect: 1208925819614629174706177
# expect: 0
# expect: 402975273204876391568725 1
# expect: 0
# expect: 2.0
