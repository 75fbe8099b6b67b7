def gen():
    for i in range(5):
        print("yield", i)
        yield i

g = gen()
print(2 in g)
# expect: yield 0
# expect: yield 1
# expect: yield 2
# expect: True
print(next(g))
# expect: yield 3
# expect: 3
