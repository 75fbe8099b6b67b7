def f(a, a):  # expect syntax error: 1:10 duplicate argument 'a' in function definition
    pass
