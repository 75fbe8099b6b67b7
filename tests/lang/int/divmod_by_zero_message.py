print(divmod(5, 3))  # expect: (1, 2)
print(divmod(5, 0))  # expect runtime error: ZeroDivisionError: integer division or modulo by zero
