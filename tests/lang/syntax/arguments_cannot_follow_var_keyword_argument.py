def f(**k, a):  # expect syntax error: 1:12 arguments cannot follow var-keyword argument
    pass
