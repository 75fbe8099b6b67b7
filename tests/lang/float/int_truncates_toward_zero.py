print(int(3.9), int(-3.9))  # expect: 3 -3
print(int(0.5), int(-0.5))  # expect: 0 0
print(int(2.0), int(-2.0))  # expect: 2 -2
print(int(1e10))            # expect: 10000000000
