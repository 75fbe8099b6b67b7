f(**k, *a)  # expect syntax error: 1:8 iterable argument unpacking follows keyword argument unpacking
