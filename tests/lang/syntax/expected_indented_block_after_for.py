for x in y:
pass  # expect syntax error: 2:1 IndentationError: expected an indented block after 'for' statement on line 1
