print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (3,) > (2, 100))  # expect: True True True
print((1, "a") < (1, "b"), () < (0,), (1, 2) >= (1, 2))      # expect: True True True
