break  # expect syntax error: 1:1 'break' outside loop
