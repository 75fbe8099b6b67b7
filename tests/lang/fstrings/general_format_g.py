print(f"{1234.5678:g}")
print(f"{0.00001234:g}")
print(f"{123456789.0:g}")
print(f"{3.0:g}")
print(f"{1234.5678:.3g}")
# expect: 1234.57
# expect: 1.234e-05
# expect: 1.23457e+08
# expect: 3
# expect: 1.23e+03
