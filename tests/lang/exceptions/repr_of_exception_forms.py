print(repr(ValueError("bad")))   # expect: ValueError('bad')
print(repr(ValueError()))        # expect: ValueError()
print(repr(ValueError("a", 2)))  # expect: ValueError('a', 2)
print(repr(KeyError("k")))       # expect: KeyError('k')
print([TypeError("t")])          # expect: [TypeError('t')]
