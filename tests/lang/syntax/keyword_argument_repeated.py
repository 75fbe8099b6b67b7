f(a=1, a=2)  # expect syntax error: 1:8 keyword argument repeated: a
