print(5 % 3)  # expect: 2
print(5 % 0)  # expect runtime error: ZeroDivisionError: integer modulo by zero
