# position differs from CPython: tests/diff/syntax_error_positions.md
x = f'a}b'  # expect syntax error: 2:8 f-string: single '}' is not allowed
