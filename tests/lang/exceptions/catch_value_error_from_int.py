try:
    n = int("abc")
except ValueError as e:
    print("bad number:", e)  # expect: bad number: invalid literal for int() with base 10: 'abc'
