# split() with no separator splits on runs of whitespace and drops empties.
print("a b  c".split())
print("  leading and trailing  ".split())
print("tabs\tand\nnewlines".split())
print("".split())
print("one".split())
# expect: ['a', 'b', 'c']
# expect: ['leading', 'and', 'trailing']
# expect: ['tabs', 'and', 'newlines']
# expect: []
# expect: ['one']
