def gen():
    yield 1

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)  # expect: None ()
