commands = [{"op": "add", "a": 2, "b": 3}, {"op": "neg", "a": 4}, {"op": "nop"}]
for c in commands:
    match c:
        case {"op": "add", "a": a, "b": b}:
            print(a + b)  # expect: 5
        case {"op": "neg", "a": a}:
            print(-a)  # expect: -4
        case {"op": op}:
            print("unsupported", op)  # expect: unsupported nop
