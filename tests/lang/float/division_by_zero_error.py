x = 1.5
print(x / 2)
print(x / 0.0)
# expect: 0.75
# expect runtime error: ZeroDivisionError: float division by zero
