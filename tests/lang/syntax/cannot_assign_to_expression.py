a + b = 1  # expect syntax error: 1:1 cannot assign to expression here. Maybe you meant '==' instead of '='?
