print(1 < 1.5 < 2 ** 70 < float("inf"))
print(0 == 0.0 == -0.0 == False)
print(1 == 1.0000000000000002)
# expect: True
# expect: True
# expect: False
