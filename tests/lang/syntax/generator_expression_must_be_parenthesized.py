f(x for x in y, 1)  # expect syntax error: 1:3 Generator expression must be parenthesized
