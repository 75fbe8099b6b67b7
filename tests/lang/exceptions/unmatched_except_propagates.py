try:
    int("nope")  # expect runtime error: ValueError: invalid literal for int() with base 10: 'nope'
except KeyError:
    print("not this one")
