nonlocal x  # expect syntax error: 1:1 nonlocal declaration not allowed at module level
