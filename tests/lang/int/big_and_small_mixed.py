big = 2 ** 80
print(big + 1)            # expect: 1208925819614629174706177
print(1 + big)            # expect: 1208925819614629174706177
print(big - big)          # expect: 0
print(big // 3, big % 3)  # expect: 402975273204876391568725 1
print(big * 0)            # expect: 0
print(big / 2 ** 79)      # expect: 2.0
