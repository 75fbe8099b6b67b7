if x = 1:  # expect syntax error: 1:4 invalid syntax. Maybe you meant '==' or ':=' instead of '='?
    pass
