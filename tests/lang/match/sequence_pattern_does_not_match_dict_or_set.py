for v in [{"a": 1}, {1, 2}, [1, 2]]:
    match v:
        case [x, y]:
            print("sequence", x, y)
        case _:
            print("no", type(v).__name__)
# expect: no dict
# expect: no set
# expect: sequence 1 2
