a = {"x": 1}
print(a | {"y": 2})  # expect: {'x': 1, 'y': 2}
a | [("y", 2)]
# expect runtime error: TypeError: unsupported operand type(s) for |: 'dict' and 'list'
