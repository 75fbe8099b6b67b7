print(1.0 in [1, 2], True in [1], 0 in [False])  # expect: True True True
nan = float("nan")
print(nan in [nan])  # expect: True
