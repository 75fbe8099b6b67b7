print(10 % 3)
n = 0
print(10 % n)
# expect: 1
# expect runtime error: ZeroDivisionError: integer modulo by zero
