with x:
pass  # expect syntax error: 2:1 IndentationError: expected an indented block after 'with' statement on line 1
