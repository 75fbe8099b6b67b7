big = 10 ** 40
print(big % 7)  # expect: 4
print(big % 0)  # expect runtime error: ZeroDivisionError: integer modulo by zero
