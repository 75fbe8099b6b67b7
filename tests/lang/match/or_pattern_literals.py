def classify(n):
    match n:
        case 1 | 2 | 3:
            return "small"
        case 4 | 5 | 6:
            return "medium"
        case _:
            return "large"

print([classify(n) for n in [1, 5, 9]])  # expect: ['small', 'medium', 'large']
