print("dividing")
print(1 / 0)
# expect: dividing
# expect runtime error: ZeroDivisionError: division by zero
