x = 5
assert x == 5
assert x > 0, "x must be positive"
assert [1]
print("all assertions passed")  # expect: all assertions passed
