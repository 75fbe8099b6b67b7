try:
pass  # expect syntax error: 2:1 IndentationError: expected an indented block after 'try' statement on line 1
