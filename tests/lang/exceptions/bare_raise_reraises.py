def risky():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging")
        raise

try:
    risky()
except ZeroDivisionError as e:
    print("outer caught", e)
# expect: logging
# expect: outer caught division by zero
