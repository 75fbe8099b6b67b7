print(5 % 3)
print(5 % 0)
# expect: 2
# expect runtime error: ZeroDivisionError: integer modulo by zero
