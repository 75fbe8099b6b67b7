for v in [-1, 2.5, 3]:
    match v:
        case -1:
            print("minus one")
        case 2.5:
            print("two and a half")
        case _:
            print("other", v)
# expect: minus one
# expect: two and a half
# expect: other 3
