x = 1
print(x)  # expect: 1
print(y)  # expect runtime error: NameError: name 'y' is not defined
