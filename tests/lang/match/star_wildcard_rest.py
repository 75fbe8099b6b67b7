match list(range(10)):
    case [0, 1, *_]:
        print("starts with 0, 1")  # expect: starts with 0, 1
