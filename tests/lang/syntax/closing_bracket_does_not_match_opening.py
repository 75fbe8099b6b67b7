x = (1, 2]  # expect syntax error: 1:10 closing parenthesis ']' does not match opening parenthesis '('
