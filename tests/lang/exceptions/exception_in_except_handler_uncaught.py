try:
    1 / 0
except ZeroDivisionError:
    print("handling")
    {}["oops"]
# expect: handling
# expect runtime error: KeyError: 'oops'
