# expect syntax error: 2:10 unexpected EOF while parsing
x = 1 + \