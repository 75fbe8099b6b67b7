def letters():
    yield from "abc"

def numbers():
    n = 0
    while True:
        yield n
        n += 1

print(list(zip(letters(), numbers())))  # expect: [('a', 0), ('b', 1), ('c', 2)]
