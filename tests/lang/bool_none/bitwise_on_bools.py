print(True & False, True | False, True ^ True)
print(type(True & True), type(True + True))
print(True & 3, ~True)
# expect: False True False
# expect: <class 'bool'> <class 'int'>
# expect: 1 -2
