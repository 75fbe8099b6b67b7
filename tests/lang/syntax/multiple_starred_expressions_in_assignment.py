*a, *b = [1, 2]  # expect syntax error: 1:1 multiple starred expressions in assignment
