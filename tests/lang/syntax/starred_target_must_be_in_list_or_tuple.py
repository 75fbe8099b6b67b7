*a = [1, 2]  # expect syntax error: 1:1 starred assignment target must be in a list or tuple
