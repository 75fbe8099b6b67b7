try:
    raise KeyError("first")
except KeyError as err:
    print(repr(err))  # expect: KeyError('first')
try:
    raise IndexError("second")
except IndexError as err:
    print(repr(err))  # expect: IndexError('second')
