return 1  # expect syntax error: 1:1 'return' outside function
