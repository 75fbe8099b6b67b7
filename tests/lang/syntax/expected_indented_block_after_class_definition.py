class A:
pass  # expect syntax error: 2:1 IndentationError: expected an indented block after class definition on line 1
