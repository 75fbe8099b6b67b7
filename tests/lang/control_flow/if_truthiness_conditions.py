for value in (0, 1, "", "x", [], [0], None):
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")
# expect: 0 is falsy
# expect: 1 is truthy
# expect: '' is falsy
# expect: 'x' is truthy
# expect: [] is falsy
# expect: [0] is truthy
# expect: None is falsy
