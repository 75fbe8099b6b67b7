x = 1.5jx  # expect syntax error: 1:8 invalid imaginary literal
