def grade(score):
    match score // 10:
        case 10 | 9:
            return "A"
        case 8:
            return "B"
        case 7:
            return "C"
        case _:
            return "F"

print([grade(s) for s in [100, 95, 85, 72, 40]])  # expect: ['A', 'A', 'B', 'C', 'F']
