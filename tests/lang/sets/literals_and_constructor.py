# Sets with more than one element are printed via sorted(): order is unspecified.
s = {3, 1, 2, 3, 1}
print(len(s), sorted(s))
print(set())
print({5})
print(sorted(set("hello")))
print(len(set([1, 1, 1])))
# expect: 3 [1, 2, 3]
# expect: set()
# expect: {5}
# expect: ['e', 'h', 'l', 'o']
# expect: 1
