match [1, 2]:
    case (a, b):
        print("tuple pattern matched list", a, b)  # expect: tuple pattern matched list 1 2
