f(**k, abc)  # expect syntax error: 1:11 positional argument follows keyword argument unpacking
