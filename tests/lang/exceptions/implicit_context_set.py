try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(e.__cause__)                   # expect: None
    print(type(e.__context__).__name__)  # expect: ZeroDivisionError
