x = 1abc  # expect syntax error: 1:5 invalid decimal literal
