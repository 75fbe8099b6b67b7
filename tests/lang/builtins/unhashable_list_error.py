# Tuples are hashable, lists are not.
print(hash((1, 2)) == hash((1, 2)))
print(hash([1, 2]))
# expect: True
# expect runtime error: TypeError: unhashable type: 'list'
