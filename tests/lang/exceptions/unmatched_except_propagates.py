try:
    int("nope")
except KeyError:
    print("not this one")
# expect runtime error: ValueError: invalid literal for int() with base 10: 'nope'
