def f():
    x = 1
    def g():
        x = 2
        nonlocal x  # expect syntax error: 5:9 name 'x' is assigned to before nonlocal declaration
