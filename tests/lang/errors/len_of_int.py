print(len("12"))
print(len(12))
# expect: 2
# expect runtime error: TypeError: object of type 'int' has no len()
