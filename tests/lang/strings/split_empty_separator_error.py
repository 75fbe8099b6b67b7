print("a b".split(" "))  # expect: ['a', 'b']
"a b".split("")          # expect runtime error: ValueError: empty separator
