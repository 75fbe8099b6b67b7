# position differs from CPython: tests/diff/syntax_error_positions.md
x = f'{a)}'  # expect syntax error: 2:9 f-string: unmatched ')'
