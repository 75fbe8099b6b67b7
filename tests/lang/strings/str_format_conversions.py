print("{!r} {!s} {!a}".format("hi", "hi", "é"))  # expect: 'hi' hi '\xe9'
print("{0!r:>8}".format("x"))                    # expect:      'x'
