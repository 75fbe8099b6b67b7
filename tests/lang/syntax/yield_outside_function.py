yield 1  # expect syntax error: 1:1 'yield' outside function
