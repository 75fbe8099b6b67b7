def gen():
    x = yield 1
    print("got", x)

g = gen()
next(g)
try:
    g.send("last")  # expect: got last
except StopIteration:
    print("generator finished")  # expect: generator finished
