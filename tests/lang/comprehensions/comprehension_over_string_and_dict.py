word = "hello"
print([c.upper() for c in word if c != "l"])
d = {"x": 1, "y": 2}
print([k for k in d], [d[k] for k in d])
# expect: ['H', 'E', 'O']
# expect: ['x', 'y'] [1, 2]
