b = b'\x4'  # expect syntax error: 1:13 (value error) invalid \x escape at position 0
