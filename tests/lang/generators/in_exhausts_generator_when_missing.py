g = (x for x in range(3))
print(9 in g)
print(list(g))
# expect: False
# expect: []
