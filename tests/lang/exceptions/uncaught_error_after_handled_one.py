try:
    1 / 0
except ZeroDivisionError:
    print("first one handled")  # expect: first one handled
[1, 2, 3][7]                    # expect runtime error: IndexError: list index out of range
