print(int(float("3.5")))
int("3.5")
# expect: 3
# expect runtime error: ValueError: invalid literal for int() with base 10: '3.5'
