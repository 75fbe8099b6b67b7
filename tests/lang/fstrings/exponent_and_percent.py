print(f"{12345.678:e}")
print(f"{12345.678:.2e}")
print(f"{0.000123:.1E}")
print(f"{0.25:%}")
print(f"{0.256:.1%}")
print(f"{1:.0%}")
# expect: 1.234568e+04
# expect: 1.23e+04
# expect: 1.2E-04
# expect: 25.000000%
# expect: 25.6%
# expect: 100%
