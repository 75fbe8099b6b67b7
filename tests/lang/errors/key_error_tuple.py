d = {(0, 0): "origin"}
print(d[0, 0])  # expect: origin
print(d[1, 2])  # expect runtime error: KeyError: (1, 2)
