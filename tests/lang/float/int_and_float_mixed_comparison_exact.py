print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))  # expect: False True
print(10 ** 400 > float("inf"), -10 ** 400 < float("-inf"))             # expect: False False
print(10 ** 400 > 1e308)                                                # expect: True
