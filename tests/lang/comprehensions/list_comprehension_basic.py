print([x * x for x in range(6)])
print([c.upper() for c in "abc"])
print([n for n in []])
print([(i, s) for i, s in enumerate("xy")])
# expect: [0, 1, 4, 9, 16, 25]
# expect: ['A', 'B', 'C']
# expect: []
# expect: [(0, 'x'), (1, 'y')]
