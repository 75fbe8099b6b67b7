def gen():
    try:
        yield 1
        yield 2
    finally:
        print("closing")

g = gen()
print(next(g))            # expect: 1
g.close()                 # expect: closing
print(next(g, "closed"))  # expect: closed
