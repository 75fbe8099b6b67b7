for v in [-1, 2.5, 3]:
    match v:
        case -1:
            print("minus one")  # expect: minus one
        case 2.5:
            print("two and a half")  # expect: two and a half
        case _:
            print("other", v)  # expect: other 3
