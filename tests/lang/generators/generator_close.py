def gen():
    try:
        yield 1
        yield 2
    finally:
        print("closing")

g = gen()
print(next(g))
g.close()
print(next(g, "closed"))
# expect: 1
# expect: closing
# expect: closed
