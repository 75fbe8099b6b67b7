for i in range(3):
    print("line", i)
# expect: line 0
# expect: line 1
# expect: line 2
print(10 // (i - 2))  # expect runtime error: ZeroDivisionError: integer division or modulo by zero
