print(list("ab"), tuple([1]), dict([(1, 2)]), sorted(set("aab")))
# expect: ['a', 'b'] (1,) {1: 2} ['a', 'b']
print(list(), tuple(), dict(), set())                   # expect: [] () {} set()
print(list((1, 2)) == [1, 2], tuple([1, 2]) == (1, 2))  # expect: True True
print(dict(one=1), set([7]))                            # expect: {'one': 1} {7}
