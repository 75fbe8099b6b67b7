def risky():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging")
        raise

try:
    risky()  # expect: logging
except ZeroDivisionError as e:
    print("outer caught", e)  # expect: outer caught division by zero
