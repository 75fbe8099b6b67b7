print(3.0, -3.0, 100.0)    # expect: 3.0 -3.0 100.0
print(2.5 * 2)             # expect: 5.0
print(float(7))            # expect: 7.0
print(1e3)                 # expect: 1000.0
print(9007199254740993.0)  # expect: 9007199254740992.0
