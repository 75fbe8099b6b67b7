def empty():
    return
    yield

g = empty()
print(list(empty()))
next(g)
# expect: []
# expect runtime error: StopIteration
