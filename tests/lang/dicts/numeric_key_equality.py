# 1, 1.0 and True are equal and hash equally, so they are the same key.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)               # expect: {1: 'bool'}
print(len(d), d[1.0])  # expect: 1 bool
e = {0: "zero"}
print(e[False], e.get(0.0))  # expect: zero zero
