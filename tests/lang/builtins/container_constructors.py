print(list("ab"), tuple([1]), dict([(1, 2)]), sorted(set("aab")))
print(list(), tuple(), dict(), set())
print(list((1, 2)) == [1, 2], tuple([1, 2]) == (1, 2))
print(dict(one=1), set([7]))
# expect: ['a', 'b'] (1,) {1: 2} ['a', 'b']
# expect: [] () {} set()
# expect: True True
# expect: {'one': 1} {7}
