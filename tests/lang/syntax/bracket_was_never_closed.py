x = (1,  # expect syntax error: 1:5 '(' was never closed
y = 2
