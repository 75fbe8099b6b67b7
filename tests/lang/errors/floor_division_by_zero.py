def halve(a, b):
    return a // b

print(halve(9, 2))  # expect: 4
print(halve(9, 0))  # expect runtime error: ZeroDivisionError: integer division or modulo by zero
