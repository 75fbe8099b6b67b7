total = 7
print("total is", total)  # expect: total is 7
assert total % 2 == 0, "total must be even"
# expect runtime error: AssertionError: total must be even
