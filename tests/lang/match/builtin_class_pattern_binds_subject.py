for v in ["hello", 42, 3.5]:
    match v:
        case str(s):
            print("string of length", len(s))
        case int(n):
            print("int plus one", n + 1)
        case float(f):
            print("float", f)
# expect: string of length 5
# expect: int plus one 43
# expect: float 3.5
