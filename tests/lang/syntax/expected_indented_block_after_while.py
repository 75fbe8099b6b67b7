while x:
pass  # expect syntax error: 2:1 IndentationError: expected an indented block after 'while' statement on line 1
