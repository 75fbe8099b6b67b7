a < b = 1  # expect syntax error: 1:1 cannot assign to comparison
