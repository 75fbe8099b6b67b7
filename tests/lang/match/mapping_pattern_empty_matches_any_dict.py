for v in [{}, {"a": 1}, [1]]:
    match v:
        case {}:
            print("a mapping", len(v))
        case _:
            print("not a mapping")
# expect: a mapping 0
# expect: a mapping 1
# expect: not a mapping
