print(int("12", 3))  # expect: 5
int("13", 3)         # expect runtime error: ValueError: invalid literal for int() with base 3: '13'
