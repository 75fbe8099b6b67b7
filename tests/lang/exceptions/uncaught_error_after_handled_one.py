try:
    1 / 0
except ZeroDivisionError:
    print("first one handled")
[1, 2, 3][7]
# expect: first one handled
# expect runtime error: IndexError: list index out of range
