print(int(True), int(False))
print(int(3.9), int(-3.9))
print(int(1e20))
print(int("  42 "), int("-17"))
# expect: 1 0
# expect: 3 -3
# expect: 100000000000000000000
# expect: 42 -17
