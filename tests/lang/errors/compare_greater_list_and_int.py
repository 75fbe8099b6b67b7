print([1] == 1)  # expect: False
print([1] > 1)
# expect runtime error: TypeError: '>' not supported between instances of 'list' and 'int'
