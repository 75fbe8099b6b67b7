nan = float("nan")
print(10 ** 400 == nan, 10 ** 400 < nan, 10 ** 400 != nan)  # expect: False False True
print(2 ** 1024 > 1.7976931348623157e308)                   # expect: True
