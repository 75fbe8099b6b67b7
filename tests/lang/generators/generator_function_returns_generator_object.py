def gen():
    yield 1

g = gen()
print(type(g).__name__)                                   # expect: generator
print(type(gen).__name__)                                 # expect: function
print(repr(g).startswith("<generator object gen at 0x"))  # expect: True
