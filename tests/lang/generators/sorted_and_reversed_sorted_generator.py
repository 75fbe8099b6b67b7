def gen():
    yield from [5, 2, 8, 1]

print(sorted(gen()))                # expect: [1, 2, 5, 8]
print(sorted(gen(), reverse=True))  # expect: [8, 5, 2, 1]
