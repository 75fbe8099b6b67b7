s = 'abc
# expect syntax error: 1:5 unterminated string literal (detected at line 1)
print(s)
