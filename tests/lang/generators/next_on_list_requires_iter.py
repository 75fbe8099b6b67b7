items = [1, 2]
print(next(iter(items)))
next(items)
# expect: 1
# expect runtime error: TypeError: 'list' object is not an iterator
