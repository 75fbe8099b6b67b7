print([[], {}, set(), (), ""])
print({"t": (1,), "l": [None], "s": frozenset()})
print(((1, 2),), [[[]]])
# expect: [[], {}, set(), (), '']
# expect: {'t': (1,), 'l': [None], 's': frozenset()}
# expect: ((1, 2),) [[[]]]
