match (1, 2, 3):
    case (_, middle, _):
        print(middle)
match {"a": 1, "b": 2}:
    case {"b": _}:
        print("has b")
# expect: 2
# expect: has b
