def g():
    def f(x):
        nonlocal x  # expect syntax error: 3:9 name 'x' is parameter and nonlocal
