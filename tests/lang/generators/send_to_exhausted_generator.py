def gen():
    x = yield 1
    print("got", x)

g = gen()
next(g)
try:
    g.send("last")
except StopIteration:
    print("generator finished")
# expect: got last
# expect: generator finished
