print(abs(-(10 ** 30)), abs(10 ** 30))
# expect: 1000000000000000000000000000000 1000000000000000000000000000000
print(abs(-0.0), abs(float("-inf")), abs(-7))  # expect: 0.0 inf 7
print(abs(True), abs(-2 ** 63))                # expect: 1 9223372036854775808
