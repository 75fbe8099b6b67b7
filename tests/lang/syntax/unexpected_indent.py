x = 1
    y = 2  # expect syntax error: 2:4 IndentationError: unexpected indent
