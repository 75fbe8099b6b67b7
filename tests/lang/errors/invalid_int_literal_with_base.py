print(int("ff", 16))
print(int("fg", 16))
# expect: 255
# expect runtime error: ValueError: invalid literal for int() with base 16: 'fg'
