del 1  # expect syntax error: 1:5 cannot delete literal
