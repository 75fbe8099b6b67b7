def kind(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other"

print(kind(None), kind(True), kind(False), kind(1), kind(0))  # expect: none true false other other
