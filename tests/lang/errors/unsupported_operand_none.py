def total(items):
    result = None
    for x in items:
        result = result + x
    return result

print("start")  # expect: start
total([1, 2])
# expect runtime error: TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
