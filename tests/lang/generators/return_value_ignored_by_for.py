def gen():
    yield 1
    yield 2
    return "ignored"

print(list(gen()))  # expect: [1, 2]
for x in gen():
    print(x)
# expect: 1
# expect: 2
