def gen():
    yield 1

g = gen()
print(iter(g) is g)  # expect: True
