x = 0o78  # expect syntax error: 1:8 invalid digit '8' in octal literal
