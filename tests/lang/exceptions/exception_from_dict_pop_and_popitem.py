try:
    {}.pop("k")
except KeyError as e:
    print(repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(e)
# expect: KeyError('k')
# expect: 'popitem(): dictionary is empty'
