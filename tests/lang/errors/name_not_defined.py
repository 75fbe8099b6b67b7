x = 1
print(x)
print(y)
# expect: 1
# expect runtime error: NameError: name 'y' is not defined
