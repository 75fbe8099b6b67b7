match x:
    case P(a=1, b):  # expect syntax error: 2:17 positional patterns follow keyword patterns
        pass
