s = {1, 2}
print(1 in s)
print([1] in s)
# expect: True
# expect runtime error: TypeError: unhashable type: 'list'
