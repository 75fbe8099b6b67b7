# Structural pattern matching: literals, sequences, captures, guards and wildcards.
def describe(value):
    match value:
        case 0:
            return "zero"
        case [x, y]:
            return f"a pair {x}, {y}"
        case [first, *rest]:
            return f"starts with {first}, then {len(rest)} more"
        case {"name": name}:
            return f"someone called {name}"
        case int(n) if n < 0:
            return "a negative number"
        case str() | tuple():
            return "some text"
        case _:
            return "something else"


for v in [0, [1, 2], [1, 2, 3, 4], {"name": "Guido"}, -5, "hi", 3.5]:
    print(repr(v), "->", describe(v))
