def check(v):
    match v:
        case [a, b]:
            return "sequence of two"
        case _:
            return "not matched"

print(check("ab"), check(["a", "b"]), check(range(2)))
# expect: not matched sequence of two sequence of two
