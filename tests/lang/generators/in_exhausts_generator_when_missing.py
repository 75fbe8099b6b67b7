g = (x for x in range(3))
print(9 in g)   # expect: False
print(list(g))  # expect: []
