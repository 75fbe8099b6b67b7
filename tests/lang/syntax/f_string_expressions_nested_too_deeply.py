# position differs from CPython: tests/diff/syntax_error_positions.md
x = f'{a:{b:{c}}}'  # expect syntax error: 2:13 f-string: expressions nested too deeply
