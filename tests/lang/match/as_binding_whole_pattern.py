match [1, [2, 3]]:
    case [a, [b, c] as inner]:
        print(a, b, c, inner)  # expect: 1 2 3 [2, 3]
