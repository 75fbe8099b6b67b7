match [1, 2, 3, 4]:
    case [first, *rest]:
        print(first, rest)  # expect: 1 [2, 3, 4]
match (5,):
    case [first, *rest]:
        print(first, rest)  # expect: 5 []
