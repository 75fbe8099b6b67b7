if x
# expect syntax error: 1:5 expected ':'
    pass
