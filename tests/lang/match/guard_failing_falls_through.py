match [3, 3]:
    case [a, b] if a != b:
        print("different")
    case [a, b]:
        print("same", a, b)  # expect: same 3 3
