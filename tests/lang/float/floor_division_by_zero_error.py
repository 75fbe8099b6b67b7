print(7.0 // 2)  # expect: 3.0
print(7.0 // 0)  # expect runtime error: ZeroDivisionError: float floor division by zero
