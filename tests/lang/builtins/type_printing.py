print(type(1))
print(type(1.5), type("s"))
print(type([]), type(()), type({}), type(set()))
print(type(None), type(True))
print(type(range(3)))
print(type(3) == int, type(True) == int, type(True) is bool)
# expect: <class 'int'>
# expect: <class 'float'> <class 'str'>
# expect: <class 'list'> <class 'tuple'> <class 'dict'> <class 'set'>
# expect: <class 'NoneType'> <class 'bool'>
# expect: <class 'range'>
# expect: True False True
