nan = float("nan")
print(nan)
print(nan == nan, nan != nan)
print(nan < 1, nan > 1)
inf = float("inf")
print(inf - inf)
print(inf * 0)
# expect: nan
# expect: False True
# expect: False False
# expect: nan
# expect: nan
