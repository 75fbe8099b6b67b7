match x:
case 1:  # expect syntax error: 2:1 IndentationError: expected an indented block after 'match' statement on line 1
    pass
