for width in [5, 6, 7, 8]:
    print(width, "[" + "abc".center(width, ".") + "]")
# expect: 5 [.abc.]
# expect: 6 [.abc..]
# expect: 7 [..abc..]
# expect: 8 [..abc...]
