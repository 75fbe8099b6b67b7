def gen():
    for i in range(5):
        yield i * i

print([x for x in gen() if x % 2 == 0])  # expect: [0, 4, 16]
print({x: x + 1 for x in gen()})         # expect: {0: 1, 1: 2, 4: 5, 9: 10, 16: 17}
