def trial(f):
    try:
        f()
    except (ValueError, ZeroDivisionError) as e:
        print("handled", type(e).__name__)

trial(lambda: int("z"))
trial(lambda: 1 // 0)
try:
    trial(lambda: [][0])
except IndexError:
    print("not handled by tuple")
# expect: handled ValueError
# expect: handled ZeroDivisionError
# expect: not handled by tuple
