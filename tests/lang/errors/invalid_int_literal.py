def parse(s):
    return int(s)

print(parse("10") + 1)  # expect: 11
print(parse("abc"))
# expect runtime error: ValueError: invalid literal for int() with base 10: 'abc'
