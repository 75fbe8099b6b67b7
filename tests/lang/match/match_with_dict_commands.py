commands = [{"op": "add", "a": 2, "b": 3}, {"op": "neg", "a": 4}, {"op": "nop"}]
for c in commands:
    match c:
        case {"op": "add", "a": a, "b": b}:
            print(a + b)
        case {"op": "neg", "a": a}:
            print(-a)
        case {"op": op}:
            print("unsupported", op)
# expect: 5
# expect: -4
# expect: unsupported nop
