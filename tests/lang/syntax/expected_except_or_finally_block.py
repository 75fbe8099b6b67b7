try:
    pass
x = 1  # expect syntax error: 3:1 expected 'except' or 'finally' block
