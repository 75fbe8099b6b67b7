match = 5
case = [match, 1]
print(match, case)
match case:
    case [a, b]:
        print(a + b)
# expect: 5 [5, 1]
# expect: 6
