def summary(v):
    match v:
        case str() if len(v) > 3:
            return "long string"
        case str():
            return "short string"
        case [int(), int()]:
            return "pair of ints"
        case [*items] if all(isinstance(i, str) for i in items):
            return f"{len(items)} strings"
        case _:
            return "something else"

print(summary("hello"), "|", summary("hi"), "|", summary([1, 2]), "|", summary(["a", "b", "c"]), "|", summary([1, "a"]))
# expect: long string | short string | pair of ints | 3 strings | something else
