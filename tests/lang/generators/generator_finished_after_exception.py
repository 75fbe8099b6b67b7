def gen():
    yield 1
    raise RuntimeError("boom")

g = gen()
print(next(g))  # expect: 1
try:
    next(g)
except RuntimeError:
    print("raised")          # expect: raised
print(next(g, "exhausted"))  # expect: exhausted
