# position differs from CPython: tests/diff/syntax_error_positions.md
x = f'{"\n".join(y)}'  # expect syntax error: 2:9 f-string expression part cannot include a backslash
