print((1, "x") < (2, 0))  # expect: True
print([0, "a"] < [1, 2])  # expect: True
try:
    print((1, "x") < (1, 0))
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'str' and 'int'
