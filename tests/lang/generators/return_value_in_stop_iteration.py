def gen():
    yield 1
    return "result"

g = gen()
print(next(g))  # expect: 1
try:
    next(g)
except StopIteration as e:
    print(e.value)  # expect: result
    print(e.args)   # expect: ('result',)
