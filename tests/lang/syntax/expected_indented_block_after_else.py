if x:
    pass
else:
pass  # expect syntax error: 4:1 IndentationError: expected an indented block after 'else' statement on line 3
