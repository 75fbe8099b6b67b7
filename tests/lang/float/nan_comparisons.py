nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 0)
print(nan is nan, [nan] == [nan], nan in [nan])
print(nan + 1, nan * 0, max(1, nan), min(nan, 1))
# expect: False True False False False
# expect: True True True
# expect: nan nan 1 nan
