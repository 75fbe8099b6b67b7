# position differs from CPython: tests/diff/syntax_error_positions.md
x = f'{}'  # expect syntax error: 2:8 f-string: empty expression not allowed
