match (1, 2):
    case (a, b):
        print(a + b)  # expect: 3
match 3, 4:
    case a, b:
        print(a * b)  # expect: 12
