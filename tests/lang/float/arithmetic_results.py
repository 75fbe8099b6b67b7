print(0.5 + 0.25)           # expect: 0.75
print(1.5 * 4)              # expect: 6.0
print(10 / 4)               # expect: 2.5
print(2.0 ** 10)            # expect: 1024.0
print(2 ** 0.5 * 2 ** 0.5)  # expect: 2.0000000000000004
print(1e308 + 1e308)        # expect: inf
