match x:
    case [1] as _:  # expect syntax error: 2:17 cannot use '_' as a target
        pass
