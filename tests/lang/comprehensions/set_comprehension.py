s = {x % 3 for x in range(10)}
print(len(s), sorted(s))
print(sorted({c for c in "mississippi"}))
print({n for n in [4, 4, 4]})
# expect: 3 [0, 1, 2]
# expect: ['i', 'm', 'p', 's']
# expect: {4}
