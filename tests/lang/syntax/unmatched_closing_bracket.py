x = [1, 2]]  # expect syntax error: 1:11 unmatched ']'
