print("{!r} {!s} {!a}".format("hi", "hi", "é"))
print("{0!r:>8}".format("x"))
# expect: 'hi' hi '\xe9'
# expect:      'x'
