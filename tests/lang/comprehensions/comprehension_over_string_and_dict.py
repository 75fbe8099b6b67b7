word = "hello"
print([c.upper() for c in word if c != "l"])  # expect: ['H', 'E', 'O']
d = {"x": 1, "y": 2}
print([k for k in d], [d[k] for k in d])  # expect: ['x', 'y'] [1, 2]
