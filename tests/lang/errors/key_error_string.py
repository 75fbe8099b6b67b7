def lookup(d, key):
    return d[key]

d = {"a": 1}
print(lookup(d, "a"))  # expect: 1
print(lookup(d, "k"))  # expect runtime error: KeyError: 'k'
