def gen():
    yield from range(3)
    yield from "ab"

print(list(gen()))  # expect: [0, 1, 2, 'a', 'b']
