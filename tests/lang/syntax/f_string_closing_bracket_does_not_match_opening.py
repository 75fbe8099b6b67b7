# position differs from CPython: tests/diff/syntax_error_positions.md
x = f'{a(]}'  # expect syntax error: 2:10 f-string: closing parenthesis ']' does not match opening parenthesis '('
