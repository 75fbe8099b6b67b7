if f() = 1:  # expect syntax error: 1:4 cannot assign to function call here. Maybe you meant '==' instead of '='?
    pass
