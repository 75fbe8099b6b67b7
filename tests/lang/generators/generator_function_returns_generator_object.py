def gen():
    yield 1

g = gen()
print(type(g).__name__)
print(type(gen).__name__)
print(repr(g).startswith("<generator object gen at 0x"))
# expect: generator
# expect: function
# expect: True
