print(list(range(1, 3)))  # expect: [1, 2]
r = range(1, 10, 0)       # expect runtime error: ValueError: range() arg 3 must not be zero
