a, b: int = 1, 2  # expect syntax error: 1:1 only single target (not tuple) can be annotated
