for v in [[1, 2], (3,), "x"]:
    match v:
        case [x, _] | [x]:
            print("first element", x)
        case _:
            print("no match")
# expect: first element 1
# expect: first element 3
# expect: no match
