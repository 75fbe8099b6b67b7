print(type(1))               # expect: <class 'int'>
print(type(1.5), type("s"))  # expect: <class 'float'> <class 'str'>
print(type([]), type(()), type({}), type(set()))
# expect: <class 'list'> <class 'tuple'> <class 'dict'> <class 'set'>
print(type(None), type(True))  # expect: <class 'NoneType'> <class 'bool'>
print(type(range(3)))          # expect: <class 'range'>
print(type(3) == int, type(True) == int, type(True) is bool)  # expect: True False True
