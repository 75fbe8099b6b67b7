def gen():
    x = yield
    print(x)

g = gen()
print(type(g).__name__)  # expect: generator
g.send("too early")
# expect runtime error: TypeError: can't send non-None value to a just-started generator
