# 1, 1.0 and True are equal and hash equally, so they are the same key.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
print(len(d), d[1.0])
e = {0: "zero"}
print(e[False], e.get(0.0))
# expect: {1: 'bool'}
# expect: 1 bool
# expect: zero zero
