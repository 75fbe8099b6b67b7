x = 2
x **= "2"  # expect runtime error: TypeError: unsupported operand type(s) for **=: 'int' and 'str'
