d = {"a": 1}
del d["a"]
print(d)
del d["a"]
# expect: {}
# expect runtime error: KeyError: 'a'
