def inner():
    while True:
        x = yield
        if x is None:
            return "stopped"
        print("inner got", x)

def outer():
    result = yield from inner()
    yield result

g = outer()
next(g)
g.send(1)            # expect: inner got 1
g.send(2)            # expect: inner got 2
print(g.send(None))  # expect: stopped
