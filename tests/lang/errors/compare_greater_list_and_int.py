print([1] == 1)
print([1] > 1)
# expect: False
# expect runtime error: TypeError: '>' not supported between instances of 'list' and 'int'
