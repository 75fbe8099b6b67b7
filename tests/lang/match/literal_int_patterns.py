def describe(n):
    match n:
        case 0:
            return "zero"
        case 1:
            return "one"
        case 2:
            return "two"
        case _:
            return "many"

print([describe(n) for n in range(4)])  # expect: ['zero', 'one', 'two', 'many']
