# expect syntax error: 3:12 IndentationError: expected an indented block after 'case' statement on line 3
match x:
    case 1:
