x = [1,
     2)  # expect syntax error: 2:7 closing parenthesis ')' does not match opening parenthesis '[' on line 1
