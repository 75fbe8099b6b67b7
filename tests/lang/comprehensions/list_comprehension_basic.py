print([x * x for x in range(6)])             # expect: [0, 1, 4, 9, 16, 25]
print([c.upper() for c in "abc"])            # expect: ['A', 'B', 'C']
print([n for n in []])                       # expect: []
print([(i, s) for i, s in enumerate("xy")])  # expect: [(0, 'x'), (1, 'y')]
