print("before")    # expect: before
assert 1 + 1 == 3  # expect runtime error: AssertionError
