def total(items):
    result = None
    for x in items:
        result = result + x
    return result

print("start")
total([1, 2])
# expect: start
# expect runtime error: TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
