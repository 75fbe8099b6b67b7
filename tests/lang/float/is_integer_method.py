print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer())  # expect: True False True
print(float("inf").is_integer(), (1e300).is_integer())              # expect: False True
