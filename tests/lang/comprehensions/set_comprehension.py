s = {x % 3 for x in range(10)}
print(len(s), sorted(s))                   # expect: 3 [0, 1, 2]
print(sorted({c for c in "mississippi"}))  # expect: ['i', 'm', 'p', 's']
print({n for n in [4, 4, 4]})              # expect: {4}
