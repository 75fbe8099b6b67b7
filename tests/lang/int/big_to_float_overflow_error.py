print(float(10 ** 300))  # expect: 1e+300
float(10 ** 400)         # expect runtime error: OverflowError: int too large to convert to float
