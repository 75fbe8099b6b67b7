print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > float("inf"), -10 ** 400 < float("-inf"))
print(10 ** 400 > 1e308)
# expect: False True
# expect: False False
# expect: True
