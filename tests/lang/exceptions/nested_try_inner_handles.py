try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner caught")  # expect: inner caught
    print("after inner")       # expect: after inner
except ZeroDivisionError:
    print("outer never")
