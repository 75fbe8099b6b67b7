def gen():
    yield from [1, 2, 3]
    yield 4

print(list(gen()))  # expect: [1, 2, 3, 4]
