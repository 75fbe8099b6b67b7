match x:
    case *a:  # expect syntax error: 2:12 invalid syntax
        pass
