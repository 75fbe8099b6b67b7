def parse(tokens):
    match tokens:
        case [op, left, right] if op in "+-":
            return (op, left, right)
        case [value]:
            return value
        case []:
            return None

print(parse(["+", 1, 2]), parse([7]), parse([]), parse(["*", 1, 2]))
# expect: ('+', 1, 2) 7 None None
