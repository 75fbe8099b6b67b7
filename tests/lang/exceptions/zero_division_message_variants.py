for f in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0)):
    try:
        f()
    except ZeroDivisionError as e:
        print(e)
# expect: division by zero
# expect: integer division or modulo by zero
# expect: integer modulo by zero
# expect: float division by zero
# expect: integer division or modulo by zero
