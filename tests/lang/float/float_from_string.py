print(float("3.5"))                 # expect: 3.5
print(float("1e3"))                 # expect: 1000.0
print(float("  -2.25  "))           # expect: -2.25
print(float("inf"), float("-Inf"))  # expect: inf -inf
print(float(".5"), float("5."))     # expect: 0.5 5.0
print(float("1_000.5"))             # expect: 1000.5
