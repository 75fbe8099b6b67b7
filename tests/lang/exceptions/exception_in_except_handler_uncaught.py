try:
    1 / 0
except ZeroDivisionError:
    print("handling")  # expect: handling
    {}["oops"]         # expect runtime error: KeyError: 'oops'
