d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)                                    # expect: {1: 'bool'}
print(len({0: "a", False: "b", 0.0: "c"}))  # expect: 1
