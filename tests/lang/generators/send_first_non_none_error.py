def gen():
    x = yield
    print(x)

g = gen()
print(type(g).__name__)
g.send("too early")
# expect: generator
# expect runtime error: TypeError: can't send non-None value to a just-started generator
