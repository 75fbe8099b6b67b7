x = 0b1_  # expect syntax error: 1:8 invalid binary literal
