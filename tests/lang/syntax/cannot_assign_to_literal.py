1 = x  # expect syntax error: 1:1 cannot assign to literal here. Maybe you meant '==' instead of '='?
