def windows(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)

print(list(windows(range(5), 3)))  # expect: [(0, 1, 2), (1, 2, 3), (2, 3, 4)]
