x = 1
print(x)
del x
print(x)
# expect: 1
# expect runtime error: NameError: name 'x' is not defined
