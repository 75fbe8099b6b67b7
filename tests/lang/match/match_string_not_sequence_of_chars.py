match "hi":
    case [a, b]:
        print("chars", a, b)
    case str() as s:
        print("string", s)  # expect: string hi
