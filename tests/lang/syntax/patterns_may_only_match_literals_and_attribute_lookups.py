match x:
    case f'a':  # expect syntax error: 2:10 patterns may only match literals and attribute lookups
        pass
