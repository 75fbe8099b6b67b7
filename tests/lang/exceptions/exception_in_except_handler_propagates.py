try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        [][1]
except IndexError as e:
    print("outer got", type(e).__name__)
    print("context:", type(e.__context__).__name__)
# expect: handling
# expect: outer got IndexError
# expect: context: ZeroDivisionError
