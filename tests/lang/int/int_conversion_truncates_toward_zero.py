print(int(2.9), int(-2.9), int(1e20), int(-0.5))  # expect: 2 -2 100000000000000000000 0
print(int("-0"), int(True), int(float(2 ** 60)))  # expect: 0 1 1152921504606846976
