def gen():
    yield from (x * 2 for x in range(3))
    yield from {"k": 1}

print(list(gen()))  # expect: [0, 2, 4, 'k']
