print(1e3, 1E3, 2.5e-3)       # expect: 1000.0 1000.0 0.0025
print(.5, 5., 0.0)            # expect: 0.5 5.0 0.0
print(1_0.5e-3, 1_000.000_1)  # expect: 0.0105 1000.0001
print(1e0, 3.14)              # expect: 1.0 3.14
