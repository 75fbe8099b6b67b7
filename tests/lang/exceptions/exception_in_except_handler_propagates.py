try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")  # expect: handling
        [][1]
except IndexError as e:
    print("outer got", type(e).__name__)             # expect: outer got IndexError
    print("context:", type(e.__context__).__name__)  # expect: context: ZeroDivisionError
