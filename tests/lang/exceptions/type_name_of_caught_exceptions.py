for f in (lambda: 1 % 0, lambda: int("?"), lambda: [].pop()):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
# expect: ZeroDivisionError: integer modulo by zero
# expect: ValueError: invalid literal for int() with base 10: '?'
# expect: IndexError: pop from empty list
