print(int(True), int(False))     # expect: 1 0
print(int(3.9), int(-3.9))       # expect: 3 -3
print(int(1e20))                 # expect: 100000000000000000000
print(int("  42 "), int("-17"))  # expect: 42 -17
