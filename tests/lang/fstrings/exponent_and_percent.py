print(f"{12345.678:e}")    # expect: 1.234568e+04
print(f"{12345.678:.2e}")  # expect: 1.23e+04
print(f"{0.000123:.1E}")   # expect: 1.2E-04
print(f"{0.25:%}")         # expect: 25.000000%
print(f"{0.256:.1%}")      # expect: 25.6%
print(f"{1:.0%}")          # expect: 100%
