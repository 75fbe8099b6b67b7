def gen():
    yield
    yield None

print(list(gen()))  # expect: [None, None]
