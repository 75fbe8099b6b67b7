def typeof(v):
    match v:
        case bool():
            return "bool"
        case int():
            return "int"
        case float():
            return "float"
        case str():
            return "str"
        case list():
            return "list"
        case _:
            return "other"

print([typeof(v) for v in [True, 1, 1.5, "s", [], None]])
# expect: ['bool', 'int', 'float', 'str', 'list', 'other']
