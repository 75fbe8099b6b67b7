g = (x for x in [1, 2, 3, 4, 5])
print(any(x == 2 for x in g))  # expect: True
print(list(g))                 # expect: [3, 4, 5]
