# split() with no separator splits on runs of whitespace and drops empties.
print("a b  c".split())                    # expect: ['a', 'b', 'c']
print("  leading and trailing  ".split())  # expect: ['leading', 'and', 'trailing']
print("tabs\tand\nnewlines".split())       # expect: ['tabs', 'and', 'newlines']
print("".split())                          # expect: []
print("one".split())                       # expect: ['one']
