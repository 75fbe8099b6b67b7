try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner caught")
    print("after inner")
except ZeroDivisionError:
    print("outer never")
# expect: inner caught
# expect: after inner
