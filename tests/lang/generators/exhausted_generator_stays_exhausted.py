def gen():
    yield 1
    yield 2

g = gen()
print(list(g))
print(list(g))
print(next(g, "empty"))
# expect: [1, 2]
# expect: []
# expect: empty
