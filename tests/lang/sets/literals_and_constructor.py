# Sets with more than one element are printed via sorted(): order is unspecified.
s = {3, 1, 2, 3, 1}
print(len(s), sorted(s))     # expect: 3 [1, 2, 3]
print(set())                 # expect: set()
print({5})                   # expect: {5}
print(sorted(set("hello")))  # expect: ['e', 'h', 'l', 'o']
print(len(set([1, 1, 1])))   # expect: 1
