d = {key: 0 for key in "ab"}
print(d)
print(key)
# expect: {'a': 0, 'b': 0}
# expect runtime error: NameError: name 'key' is not defined
