class Vec:
    pass

3 - Vec()  # expect runtime error: TypeError: unsupported operand type(s) for -: 'int' and 'Vec'
