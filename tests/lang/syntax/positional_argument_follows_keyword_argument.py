f(a=1, b)  # expect syntax error: 1:9 positional argument follows keyword argument
