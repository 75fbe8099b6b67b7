# A default argument freezes the current value of the loop variable.
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i * 10)
print([f() for f in funcs])  # expect: [0, 10, 20]
