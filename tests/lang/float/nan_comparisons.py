nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 0)  # expect: False True False False False
print(nan is nan, [nan] == [nan], nan in [nan])            # expect: True True True
print(nan + 1, nan * 0, max(1, nan), min(nan, 1))          # expect: nan nan 1 nan
