try:
    [][0]
except IndexError:
    print("handling then re-raising")
    raise
# expect: handling then re-raising
# expect runtime error: IndexError: list index out of range
