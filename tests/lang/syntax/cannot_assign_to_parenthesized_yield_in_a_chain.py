def g():
    x = (yield) = 1  # expect syntax error: 2:10 cannot assign to yield expression
