x = f() = 1  # expect syntax error: 1:5 cannot assign to function call
