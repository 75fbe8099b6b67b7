print(0.5 + 0.25)
print(1.5 * 4)
print(10 / 4)
print(2.0 ** 10)
print(2 ** 0.5 * 2 ** 0.5)
print(1e308 + 1e308)
# expect: 0.75
# expect: 6.0
# expect: 2.5
# expect: 1024.0
# expect: 2.0000000000000004
# expect: inf
