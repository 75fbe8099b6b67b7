def parse(s):
    return int(s)

print(parse("10") + 1)
print(parse("abc"))
# expect: 11
# expect runtime error: ValueError: invalid literal for int() with base 10: 'abc'
