print(divmod(7, 2))
print(divmod(7, 0))
# expect: (3, 1)
# expect runtime error: ZeroDivisionError: integer division or modulo by zero
