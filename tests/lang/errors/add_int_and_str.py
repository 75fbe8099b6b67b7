print(1 + 1)  # expect: 2
print(1 + "1")
# expect runtime error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
