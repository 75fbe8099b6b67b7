funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])  # expect: [2, 2, 2]
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])  # expect: [0, 1, 2]
