d = {"a": 1, "b": 2, "c": 3}
inv = {v: k for k, v in d.items()}
print(inv)  # expect: {1: 'a', 2: 'b', 3: 'c'}
