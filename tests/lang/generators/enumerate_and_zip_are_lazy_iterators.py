e = enumerate(["a", "b"])
print(next(e))
print(list(e))
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
# expect: (0, 'a')
# expect: [(1, 'b')]
# expect: (1, 'a') [(2, 'b')]
