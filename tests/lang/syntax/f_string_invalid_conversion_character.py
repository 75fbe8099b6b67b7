# position differs from CPython: tests/diff/syntax_error_positions.md
x = f'{a!x}'  # expect syntax error: 2:10 f-string: invalid conversion character: expected 's', 'r', or 'a'
