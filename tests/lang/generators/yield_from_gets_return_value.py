def inner():
    yield 1
    yield 2
    return "inner done"

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3

print(list(outer()))
# expect: inner returned inner done
# expect: [1, 2, 3]
