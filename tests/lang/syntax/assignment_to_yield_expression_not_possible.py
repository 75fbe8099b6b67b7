def g():
    x = yield = 1  # expect syntax error: 2:9 assignment to yield expression not possible
