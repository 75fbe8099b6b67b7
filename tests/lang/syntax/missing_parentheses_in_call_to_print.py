print 'hello'  # expect syntax error: 1:1 Missing parentheses in call to 'print'. Did you mean print(...)?
