def gen():
    yield from range(5)

g = gen()
next(g)
next(g)
for x in g:
    print(x)
# expect: 2
# expect: 3
# expect: 4
