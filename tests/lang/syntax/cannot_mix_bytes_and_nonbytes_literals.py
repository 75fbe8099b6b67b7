x = 'a' b'b'  # expect syntax error: 1:15 cannot mix bytes and nonbytes literals
