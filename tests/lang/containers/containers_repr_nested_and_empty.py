print([[], {}, set(), (), ""])  # expect: [[], {}, set(), (), '']
print({"t": (1,), "l": [None], "s": frozenset()})
# expect: {'t': (1,), 'l': [None], 's': frozenset()}
print(((1, 2),), [[[]]])  # expect: ((1, 2),) [[[]]]
