nan = float("nan")
print(nan)                     # expect: nan
print(nan == nan, nan != nan)  # expect: False True
print(nan < 1, nan > 1)        # expect: False False
inf = float("inf")
print(inf - inf)  # expect: nan
print(inf * 0)    # expect: nan
