# Regression (difftest): int arguments of str methods take any value that fits a C ssize_t
# (a big int in Edge past 2**47); expandtabs' tabsize and splitlines' keepends are C ints.
print("a b c".split(None, 2**47), "a,b".rsplit(",", 2**60), "aa".replace("a", "b", 2**50))  # expect: ['a', 'b', 'c'] ['a', 'b'] bb
print("x\ny".splitlines(2**30))  # expect: ['x\n', 'y']


def err(f):
    try:
        print(f())
    except OverflowError as e:
        print(e)


err(lambda: "a b".split(None, 2**63))  # expect: Python int too large to convert to C ssize_t
err(lambda: "a\tb".expandtabs(2**31))  # expect: Python int too large to convert to C int
err(lambda: "ab".expandtabs(2**40))  # expect: Python int too large to convert to C int
err(lambda: "a\nb".splitlines(2**47))  # expect: Python int too large to convert to C int
