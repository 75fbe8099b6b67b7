def gen():
    yield from [5, 2, 8, 1]

print(sorted(gen()))
print(sorted(gen(), reverse=True))
# expect: [1, 2, 5, 8]
# expect: [8, 5, 2, 1]
