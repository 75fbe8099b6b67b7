def gen():
    yield 1
    return "result"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)
    print(e.args)
# expect: 1
# expect: result
# expect: ('result',)
