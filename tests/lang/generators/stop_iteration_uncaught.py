def empty():
    return
    yield

g = empty()
print(list(empty()))  # expect: []
next(g)               # expect runtime error: StopIteration
