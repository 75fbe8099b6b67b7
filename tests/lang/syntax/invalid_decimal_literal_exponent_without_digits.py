x = 1e  # expect syntax error: 1:5 invalid decimal literal
