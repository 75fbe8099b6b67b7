print(float("3.5"), float("1e3"), float("-0.25"))  # expect: 3.5 1000.0 -0.25
print(float("inf"), float("-inf"), float("nan"))   # expect: inf -inf nan
print(float(3), float(-0), float(True))            # expect: 3.0 0.0 1.0
print(float(), float(" 7 "))                       # expect: 0.0 7.0
