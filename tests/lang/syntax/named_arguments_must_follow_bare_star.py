def f(*):  # expect syntax error: 1:7 named arguments must follow bare *
    pass
