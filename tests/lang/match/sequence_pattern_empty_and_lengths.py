def size(seq):
    match seq:
        case []:
            return "empty"
        case [_]:
            return "one"
        case [_, _]:
            return "two"
        case [_, _, *_]:
            return "many"

print(size([]), size([1]), size((1, 2)), size(list(range(5))))  # expect: empty one two many
