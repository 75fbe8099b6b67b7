d = {(0, 0): "origin"}
print(d[0, 0])
print(d[1, 2])
# expect: origin
# expect runtime error: KeyError: (1, 2)
