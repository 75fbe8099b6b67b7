d = {key: 0 for key in "ab"}
print(d)    # expect: {'a': 0, 'b': 0}
print(key)  # expect runtime error: NameError: name 'key' is not defined
