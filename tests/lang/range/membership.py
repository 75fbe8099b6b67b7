r = range(0, 20, 5)
print(10 in r, 11 in r, 20 in r, -5 in r)  # expect: True False False False
print(3 not in range(3))                   # expect: True
print(10 ** 15 in range(10 ** 16))         # expect: True
