# position differs from CPython: tests/diff/syntax_error_positions.md
x = f'{a # b}'  # expect syntax error: 2:10 f-string expression part cannot include '#'
