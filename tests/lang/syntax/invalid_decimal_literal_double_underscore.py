x = 1__000  # expect syntax error: 1:6 invalid decimal literal
