print(-5)    # expect: -5
print(-"5")  # expect runtime error: TypeError: bad operand type for unary -: 'str'
