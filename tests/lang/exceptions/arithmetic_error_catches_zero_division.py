try:
    1 / 0
except ArithmeticError as e:
    print("caught", type(e).__name__, e)  # expect: caught ZeroDivisionError division by zero
