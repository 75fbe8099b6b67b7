items = [1, 2]
print(next(iter(items)))  # expect: 1
next(items)               # expect runtime error: TypeError: 'list' object is not an iterator
