match x:
    case [*a, *b]:  # expect syntax error: 2:10 multiple starred names in sequence pattern
        pass
