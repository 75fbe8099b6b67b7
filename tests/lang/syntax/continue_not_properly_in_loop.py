continue  # expect syntax error: 1:1 'continue' not properly in loop
