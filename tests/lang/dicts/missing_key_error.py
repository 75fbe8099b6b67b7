d = {"a": 1}
print(d["a"])  # expect: 1
print(d["k"])  # expect runtime error: KeyError: 'k'
