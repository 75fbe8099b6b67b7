print(0 ** 2)   # expect: 0
print(0 ** -1)  # expect runtime error: ZeroDivisionError: 0.0 cannot be raised to a negative power
