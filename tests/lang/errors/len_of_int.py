print(len("12"))  # expect: 2
print(len(12))    # expect runtime error: TypeError: object of type 'int' has no len()
