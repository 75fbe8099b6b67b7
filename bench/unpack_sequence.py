# unpack_sequence.py — the classic "unpack_sequence" benchmark: sequence unpacking in
# straight-line code. Tuples and lists of ten items are unpacked into ten names, over
# and over, and the names summed now and then so the work cannot be skipped; a second
# part swaps, rotates and star-unpacks.


def unpack_tuples(t, rounds):
    total = 0
    for _ in range(rounds):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        total += a + j
    return total


def unpack_lists(l, rounds):
    total = 0
    for _ in range(rounds):
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        total += b + i
    return total


def shuffles(rounds):
    x, y, z = 1, 2, 3
    total = 0
    for n in range(rounds):
        x, y, z = y, z, x
        x, y = y, x
        first, *middle, last = (n, x, y, z, n)
        (p, q), r = (x, y), z
        total += first + last + len(middle) + p - q + r
    return total


t = tuple(range(10))
total = unpack_tuples(t, 640_000) + unpack_lists(list(t), 640_000) + shuffles(240_000)
print(total)
