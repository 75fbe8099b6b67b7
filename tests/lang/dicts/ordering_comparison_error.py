print({1: 1} == {1: 1})
print({1: 1} < {2: 2})
# expect: True
# expect runtime error: TypeError: '<' not supported between instances of 'dict' and 'dict'
