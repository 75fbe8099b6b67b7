print(pow(2, 10), pow(2, -2), pow(2.0, 3))  # expect: 1024 0.25 8.0
print(pow(0, 0), 0 ** 0, 0.0 ** 0)          # expect: 1 1 1.0
