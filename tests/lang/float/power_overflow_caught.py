print(10.0 ** 308)  # expect: 1e+308
try:
    10.0 ** 309
except OverflowError as e:
    print(type(e).__name__)  # expect: OverflowError
print(10 ** 309 > 0)         # expect: True
