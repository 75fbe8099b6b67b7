print("a b".split(" "))
"a b".split("")
# expect: ['a', 'b']
# expect runtime error: ValueError: empty separator
