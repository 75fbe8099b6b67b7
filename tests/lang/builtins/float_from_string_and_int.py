print(float("3.5"), float("1e3"), float("-0.25"))
print(float("inf"), float("-inf"), float("nan"))
print(float(3), float(-0), float(True))
print(float(), float(" 7 "))
# expect: 3.5 1000.0 -0.25
# expect: inf -inf nan
# expect: 3.0 0.0 1.0
# expect: 0.0 7.0
