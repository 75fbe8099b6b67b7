def lookup(d, key):
    return d[key]

d = {"a": 1}
print(lookup(d, "a"))
print(lookup(d, "k"))
# expect: 1
# expect runtime error: KeyError: 'k'
