x = 1.5
print(x / 2)    # expect: 0.75
print(x / 0.0)  # expect runtime error: ZeroDivisionError: float division by zero
