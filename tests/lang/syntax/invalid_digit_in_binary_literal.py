x = 0b102  # expect syntax error: 1:9 invalid digit '2' in binary literal
