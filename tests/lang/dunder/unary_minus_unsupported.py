class A:
    pass

-A()  # expect runtime error: TypeError: bad operand type for unary -: 'A'
