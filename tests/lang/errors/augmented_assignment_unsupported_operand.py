count = 1
count += "1"  # expect runtime error: TypeError: unsupported operand type(s) for +=: 'int' and 'str'
