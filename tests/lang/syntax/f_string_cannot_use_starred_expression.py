# position differs from CPython: tests/diff/syntax_error_positions.md
x = f'{*a}'  # expect syntax error: 2:8 f-string: cannot use starred expression here
