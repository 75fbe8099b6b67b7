x = 1
print(x)  # expect: 1
del x
print(x)  # expect runtime error: NameError: name 'x' is not defined
