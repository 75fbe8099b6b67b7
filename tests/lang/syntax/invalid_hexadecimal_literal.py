x = 0x1g  # expect syntax error: 1:7 invalid hexadecimal literal
