print("a,b,c,d".split(",", 1))
print("a,b,c,d".split(",", 2))
print("a b c d".split(None, 1))
print("a,b".split(",", 0))
print("k=v=w".split("=", maxsplit=1))
# expect: ['a', 'b,c,d']
# expect: ['a', 'b', 'c,d']
# expect: ['a', 'b c d']
# expect: ['a,b']
# expect: ['k', 'v=w']
