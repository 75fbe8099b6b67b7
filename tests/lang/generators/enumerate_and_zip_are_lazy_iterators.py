e = enumerate(["a", "b"])
print(next(e))  # expect: (0, 'a')
print(list(e))  # expect: [(1, 'b')]
z = zip([1, 2, 3], "ab")
print(next(z), list(z))  # expect: (1, 'a') [(2, 'b')]
