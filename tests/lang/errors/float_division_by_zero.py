def ratio(a, b):
    return a / b

print(ratio(1.0, 4))  # expect: 0.25
print(ratio(2.5, 0))  # expect runtime error: ZeroDivisionError: float division by zero
