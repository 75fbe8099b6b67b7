big = 10 ** 40
print(big % 7)
print(big % 0)
# expect: 4
# expect runtime error: ZeroDivisionError: integer modulo by zero
