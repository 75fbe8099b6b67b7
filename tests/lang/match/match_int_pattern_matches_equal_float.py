for v in [0, 0.0, False]:
    match v:
        case 0:
            print(repr(v), "matches 0")
# expect: 0 matches 0
# expect: 0.0 matches 0
# expect: False matches 0
