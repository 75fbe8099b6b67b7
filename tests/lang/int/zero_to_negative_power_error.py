print(0 ** 2)
print(0 ** -1)
# expect: 0
# expect runtime error: ZeroDivisionError: 0.0 cannot be raised to a negative power
