def describe(a, b):
    if a:
        if b:
            return "both"
        else:
            return "only a"
    else:
        if b:
            return "only b"
    return "neither"

print(describe(1, 1), describe(1, 0), describe(0, 1), describe(0, 0))
# expect: both only a only b neither
