print(f"{1234.5678:g}")    # expect: 1234.57
print(f"{0.00001234:g}")   # expect: 1.234e-05
print(f"{123456789.0:g}")  # expect: 1.23457e+08
print(f"{3.0:g}")          # expect: 3
print(f"{1234.5678:.3g}")  # expect: 1.23e+03
