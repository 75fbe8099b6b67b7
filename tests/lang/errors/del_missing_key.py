d = {"a": 1}
del d["a"]
print(d)    # expect: {}
del d["a"]  # expect runtime error: KeyError: 'a'
