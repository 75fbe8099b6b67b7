# Tuples are hashable, lists are not.
print(hash((1, 2)) == hash((1, 2)))  # expect: True
print(hash([1, 2]))                  # expect runtime error: TypeError: unhashable type: 'list'
