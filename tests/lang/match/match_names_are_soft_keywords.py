match = 5
case = [match, 1]
print(match, case)  # expect: 5 [5, 1]
match case:
    case [a, b]:
        print(a + b)  # expect: 6
