def gen():
    a = yield "first"
    b = yield "second: " + str(a)
    yield "third: " + str(b)

g = gen()
print(next(g))
print(g.send("A"))
print(g.send("B"))
# expect: first
# expect: second: A
# expect: third: B
