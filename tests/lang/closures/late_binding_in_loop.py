# All lambdas share the same loop variable and see its final value.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])  # expect: [2, 2, 2]
