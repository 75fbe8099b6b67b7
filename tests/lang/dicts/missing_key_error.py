d = {"a": 1}
print(d["a"])
print(d["k"])
# expect: 1
# expect runtime error: KeyError: 'k'
