x = [1 2]  # expect syntax error: 1:6 invalid syntax. Perhaps you forgot a comma?
