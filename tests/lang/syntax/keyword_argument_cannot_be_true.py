f(True=1)  # expect syntax error: 1:3 cannot assign to True
