print(10 ** 30 / 10 ** 10)        # expect: 1e+20
print((10 ** 30 + 1) / 10 ** 30)  # expect: 1.0
print(7 ** 40 / 7 ** 39)          # expect: 7.0
