total = 7
print("total is", total)
assert total % 2 == 0, "total must be even"
# expect: total is 7
# expect runtime error: AssertionError: total must be even
