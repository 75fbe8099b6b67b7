f() = 1  # expect syntax error: 1:1 cannot assign to function call here. Maybe you meant '==' instead of '='?
