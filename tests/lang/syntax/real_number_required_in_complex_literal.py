match x:
    case 1j + 2j:  # expect syntax error: 2:10 real number required in complex literal
        pass
