if True:
pass  # expect syntax error: 2:1 IndentationError: expected an indented block after 'if' statement on line 1
