def gen():
    yield 1
    raise RuntimeError("boom")

g = gen()
print(next(g))
try:
    next(g)
except RuntimeError:
    print("raised")
print(next(g, "exhausted"))
# expect: 1
# expect: raised
# expect: exhausted
