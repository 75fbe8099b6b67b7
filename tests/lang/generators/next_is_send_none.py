def gen():
    while True:
        v = yield
        print("received", v)

g = gen()
next(g)
g.send(1)  # expect: received 1
next(g)    # expect: received None
g.send(2)  # expect: received 2
