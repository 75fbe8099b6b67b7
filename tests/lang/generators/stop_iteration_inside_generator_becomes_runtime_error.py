def gen():
    yield 1
    raise StopIteration

print(next(iter([0])))
list(gen())
# expect: 0
# expect runtime error: RuntimeError: generator raised StopIteration
