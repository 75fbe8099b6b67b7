def inner():
    yield "a"
    yield "b"

def outer():
    yield "start"
    yield from inner()
    yield "end"

print(list(outer()))  # expect: ['start', 'a', 'b', 'end']
