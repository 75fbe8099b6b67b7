s = {1, 2}
print(1 in s)    # expect: True
print([1] in s)  # expect runtime error: TypeError: unhashable type: 'list'
