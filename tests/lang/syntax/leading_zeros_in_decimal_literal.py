x = 0123  # expect syntax error: 1:5 leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
