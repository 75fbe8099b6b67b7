try:
    pass
except ValueError:
pass  # expect syntax error: 4:1 IndentationError: expected an indented block after 'except' statement on line 3
