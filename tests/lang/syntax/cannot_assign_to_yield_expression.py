def g():
    (yield) = 1  # expect syntax error: 2:6 cannot assign to yield expression here. Maybe you meant '==' instead of '='?
