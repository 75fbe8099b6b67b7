print({1: 1} == {1: 1})  # expect: True
print({1: 1} < {2: 2})
# expect runtime error: TypeError: '<' not supported between instances of 'dict' and 'dict'
