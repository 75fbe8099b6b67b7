print(5 // 3)
print(5 // 0)
# expect: 1
# expect runtime error: ZeroDivisionError: integer division or modulo by zero
