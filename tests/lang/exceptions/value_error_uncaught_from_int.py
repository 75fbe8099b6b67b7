text = "twelve"
print(len(text))
int(text)
# expect: 6
# expect runtime error: ValueError: invalid literal for int() with base 10: 'twelve'
