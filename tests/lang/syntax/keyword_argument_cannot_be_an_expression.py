f(a.b=1)  # expect syntax error: 1:3 expression cannot contain assignment, perhaps you meant "=="?
