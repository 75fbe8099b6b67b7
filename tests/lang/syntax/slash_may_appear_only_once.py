def f(a, /, b, /):  # expect syntax error: 1:16 / may appear only once
    pass
