t = (5)
u = (5,)
v = 5,
print(type(t).__name__, type(u).__name__, v)   # expect: int tuple (5,)
print(() == tuple(), (1, 2) == tuple([1, 2]))  # expect: True True
