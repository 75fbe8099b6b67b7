print("before")
assert 1 + 1 == 3
# expect: before
# expect runtime error: AssertionError
