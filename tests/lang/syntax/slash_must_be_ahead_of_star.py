def f(*, a, /):  # expect syntax error: 1:13 / must be ahead of *
    pass
