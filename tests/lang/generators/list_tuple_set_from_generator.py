def gen():
    yield 3
    yield 1
    yield 3

print(list(gen()), tuple(gen()), sorted(set(gen())))  # expect: [3, 1, 3] (3, 1, 3) [1, 3]
