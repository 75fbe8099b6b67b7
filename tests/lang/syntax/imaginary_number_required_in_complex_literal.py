match x:
    case 1 + 2:  # expect syntax error: 2:14 imaginary number required in complex literal
        pass
