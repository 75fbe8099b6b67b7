match (1, 2, 3):
    case (_, middle, _):
        print(middle)  # expect: 2
match {"a": 1, "b": 2}:
    case {"b": _}:
        print("has b")  # expect: has b
