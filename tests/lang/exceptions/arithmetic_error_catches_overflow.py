try:
    float(10 ** 400)
except ArithmeticError as e:
    print(type(e).__name__)  # expect: OverflowError
