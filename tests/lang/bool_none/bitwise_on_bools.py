print(True & False, True | False, True ^ True)  # expect: False True False
print(type(True & True), type(True + True))     # expect: <class 'bool'> <class 'int'>
print(True & 3, ~True)                          # expect: 1 -2
