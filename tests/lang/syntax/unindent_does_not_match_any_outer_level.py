if True:
        x = 1
    y = 2
# expect syntax error: 3:10 IndentationError: unindent does not match any outer indentation level
