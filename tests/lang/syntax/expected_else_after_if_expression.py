x = 1 if y  # expect syntax error: 1:5 expected 'else' after 'if' expression
