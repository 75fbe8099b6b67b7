def check(values):
    for v in values:
        assert v >= 0
        print("ok", v)

check([1, 0, -1, 2])
# expect: ok 1
# expect: ok 0
# expect runtime error: AssertionError
