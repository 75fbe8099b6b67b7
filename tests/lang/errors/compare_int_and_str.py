print(1 < 2)  # expect: True
print(1 < "2")
# expect runtime error: TypeError: '<' not supported between instances of 'int' and 'str'
