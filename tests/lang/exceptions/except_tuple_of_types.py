def trial(f):
    try:
        f()
    except (ValueError, ZeroDivisionError) as e:
        print("handled", type(e).__name__)

trial(lambda: int("z"))  # expect: handled ValueError
trial(lambda: 1 // 0)    # expect: handled ZeroDivisionError
try:
    trial(lambda: [][0])
except IndexError:
    print("not handled by tuple")  # expect: not handled by tuple
