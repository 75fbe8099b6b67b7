d = {"k": 1}
print(d.popitem())  # expect: ('k', 1)
d.popitem()         # expect runtime error: KeyError: 'popitem(): dictionary is empty'
