s = {1, 2}
print(sorted(s.union([3])))  # expect: [1, 2, 3]
s | [3]  # expect runtime error: TypeError: unsupported operand type(s) for |: 'set' and 'list'
