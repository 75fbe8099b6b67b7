print(10 % 3)  # expect: 1
n = 0
print(10 % n)  # expect runtime error: ZeroDivisionError: integer modulo by zero
