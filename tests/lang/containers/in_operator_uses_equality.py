print(1.0 in [1, 2], True in [1], 0 in [False])
nan = float("nan")
print(nan in [nan])
# expect: True True True
# expect: True
