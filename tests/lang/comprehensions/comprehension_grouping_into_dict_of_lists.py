words = ["ant", "bee", "ape", "bat", "cow"]
groups = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(groups)  # expect: {'a': ['ant', 'ape'], 'b': ['bee', 'bat'], 'c': ['cow']}
