match [1, 2, 3, 4]:
    case [first, *rest]:
        print(first, rest)
match (5,):
    case [first, *rest]:
        print(first, rest)
# expect: 1 [2, 3, 4]
# expect: 5 []
