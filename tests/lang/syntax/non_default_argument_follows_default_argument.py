def f(a=1, b):  # expect syntax error: 1:12 non-default argument follows default argument
    pass
