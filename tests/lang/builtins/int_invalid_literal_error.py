print(int("12"))
print(int("abc"))
# expect: 12
# expect runtime error: ValueError: invalid literal for int() with base 10: 'abc'
