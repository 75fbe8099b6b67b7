print(5 // 3)  # expect: 1
print(5 // 0)  # expect runtime error: ZeroDivisionError: integer division or modulo by zero
