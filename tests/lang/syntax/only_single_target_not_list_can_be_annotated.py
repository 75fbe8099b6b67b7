[a, b]: int  # expect syntax error: 1:1 only single target (not list) can be annotated
