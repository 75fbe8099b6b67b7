# position differs from CPython: tests/diff/syntax_error_positions.md
x = f'{1 +}'  # expect syntax error: 2:11 f-string: invalid syntax
