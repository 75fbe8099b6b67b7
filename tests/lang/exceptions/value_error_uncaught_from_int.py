text = "twelve"
print(len(text))  # expect: 6
int(text)  # expect runtime error: ValueError: invalid literal for int() with base 10: 'twelve'
