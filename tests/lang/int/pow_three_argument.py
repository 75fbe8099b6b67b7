print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13))  # expect: 1 376 1
print(pow(-2, 3, 5), pow(2, 10, -7))                   # expect: 2 -5
print(pow(12345678901234567890, 65537, 10 ** 9 + 7))   # expect: 58004581
