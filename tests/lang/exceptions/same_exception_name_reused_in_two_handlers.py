try:
    raise KeyError("first")
except KeyError as err:
    print(repr(err))
try:
    raise IndexError("second")
except IndexError as err:
    print(repr(err))
# expect: KeyError('first')
# expect: IndexError('second')
