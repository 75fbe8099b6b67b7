print(float(2 ** 100))
print(float(10 ** 20), float(-(10 ** 22)))
print(float(2 ** 53 + 1))
print(2 ** 100 / 2 ** 99)
# expect: 1.2676506002282294e+30
# expect: 1e+20 -1e+22
# expect: 9007199254740992.0
# expect: 2.0
