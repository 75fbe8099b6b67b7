print(int(float("3.5")))  # expect: 3
int("3.5")  # expect runtime error: ValueError: invalid literal for int() with base 10: '3.5'
