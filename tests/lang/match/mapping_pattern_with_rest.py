match {"id": 1, "name": "ann", "age": 30}:
    case {"id": i, **rest}:
        print(i, rest)  # expect: 1 {'name': 'ann', 'age': 30}
