try:
    {}.pop("k")
except KeyError as e:
    print(repr(e))  # expect: KeyError('k')
try:
    {}.popitem()
except KeyError as e:
    print(e)  # expect: 'popitem(): dictionary is empty'
