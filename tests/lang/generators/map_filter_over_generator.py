def nums():
    yield from range(10)

print(list(map(lambda x: x * 3, filter(lambda x: x % 4 == 0, nums()))))  # expect: [0, 12, 24]
