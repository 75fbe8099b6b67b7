for v in ["hello", 42, 3.5]:
    match v:
        case str(s):
            print("string of length", len(s))  # expect: string of length 5
        case int(n):
            print("int plus one", n + 1)  # expect: int plus one 43
        case float(f):
            print("float", f)  # expect: float 3.5
