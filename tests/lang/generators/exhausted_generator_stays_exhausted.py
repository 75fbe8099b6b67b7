def gen():
    yield 1
    yield 2

g = gen()
print(list(g))           # expect: [1, 2]
print(list(g))           # expect: []
print(next(g, "empty"))  # expect: empty
