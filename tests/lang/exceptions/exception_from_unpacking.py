for value in [(1, 2, 3), (1,)]:
    try:
        a, b = value
    except ValueError as e:
        print(e)
# expect: too many values to unpack (expected 2)
# expect: not enough values to unpack (expected 2, got 1)
