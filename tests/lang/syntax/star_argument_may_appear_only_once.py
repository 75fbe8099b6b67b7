def f(*a, *b):  # expect syntax error: 1:11 * argument may appear only once
    pass
