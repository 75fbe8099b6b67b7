try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(e.__cause__)
    print(type(e.__context__).__name__)
# expect: None
# expect: ZeroDivisionError
