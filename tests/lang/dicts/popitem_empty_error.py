d = {"k": 1}
print(d.popitem())
d.popitem()
# expect: ('k', 1)
# expect runtime error: KeyError: 'popitem(): dictionary is empty'
