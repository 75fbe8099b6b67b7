def gen():
    yield 1
    raise StopIteration

print(next(iter([0])))  # expect: 0
list(gen())             # expect runtime error: RuntimeError: generator raised StopIteration
