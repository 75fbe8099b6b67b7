x = = 1  # expect syntax error: 1:5 invalid syntax
