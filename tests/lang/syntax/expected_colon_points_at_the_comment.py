while x  # no colon
# expect syntax error: 1:10 expected ':'
    pass
