(a.b := 1)  # expect syntax error: 1:2 cannot use assignment expressions with attribute
