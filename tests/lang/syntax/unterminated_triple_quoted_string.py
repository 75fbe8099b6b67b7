# expect syntax error: 3:5 unterminated triple-quoted string literal (detected at line 5)
x = 1
s = """abc

print(s)
