print(float(2 ** 100))                      # expect: 1.2676506002282294e+30
print(float(10 ** 20), float(-(10 ** 22)))  # expect: 1e+20 -1e+22
print(float(2 ** 53 + 1))                   # expect: 9007199254740992.0
print(2 ** 100 / 2 ** 99)                   # expect: 2.0
