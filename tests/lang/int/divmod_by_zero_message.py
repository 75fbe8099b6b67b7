print(divmod(5, 3))
print(divmod(5, 0))
# expect: (1, 2)
# expect runtime error: ZeroDivisionError: integer division or modulo by zero
