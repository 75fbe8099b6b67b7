def take(n, iterable):
    out = []
    for x in iterable:
        if len(out) == n:
            break
        out.append(x)
    return out

def squares():
    i = 0
    while True:
        yield i * i
        i += 1

print(take(5, squares()))  # expect: [0, 1, 4, 9, 16]
