print(1 < 1.5 < 2 ** 70 < float("inf"))  # expect: True
print(0 == 0.0 == -0.0 == False)         # expect: True
print(1 == 1.0000000000000002)           # expect: False
