print((1, "x") < (2, 0))
print([0, "a"] < [1, 2])
try:
    print((1, "x") < (1, 0))
except TypeError as e:
    print(e)
# expect: True
# expect: True
# expect: '<' not supported between instances of 'str' and 'int'
