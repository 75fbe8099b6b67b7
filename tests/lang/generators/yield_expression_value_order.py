def gen():
    a = yield "first"
    b = yield "second: " + str(a)
    yield "third: " + str(b)

g = gen()
print(next(g))      # expect: first
print(g.send("A"))  # expect: second: A
print(g.send("B"))  # expect: third: B
