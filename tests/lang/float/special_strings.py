print(float("inf"), float("-Infinity"), float(" nan "), float("+1e3"))
# expect: inf -inf nan 1000.0
print(float("1_000.5"), float(".5"), float("5."), float("-0"))  # expect: 1000.5 0.5 5.0 -0.0
