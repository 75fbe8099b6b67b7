import string

print(string.ascii_lowercse)  # expect runtime error: AttributeError: module 'string' has no attribute 'ascii_lowercse'. Did you mean: 'ascii_lowercase'?
