def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def islice(it, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    for i, x in enumerate(it):
        if stop is not None and i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x

def cycle(seq):
    saved = list(seq)
    while saved:
        yield from saved

def accumulate(it, func=lambda a, b: a + b, initial=None):
    it = iter(it)
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = func(total, x)
        yield total

def groupby(it, key=lambda x: x):
    it = iter(it)
    sentinel = object()
    cur = next(it, sentinel)
    while cur is not sentinel:
        k = key(cur)
        group = [cur]
        cur = next(it, sentinel)
        while cur is not sentinel and key(cur) == k:
            group.append(cur)
            cur = next(it, sentinel)
        yield k, group

def product(*pools, repeat=1):
    pools = [tuple(p) for p in pools] * repeat
    result = [()]
    for pool in pools:
        result = [r + (x,) for r in result for x in pool]
    yield from result

def permutations(seq, r=None):
    seq = tuple(seq)
    r = len(seq) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:], r - 1):
            yield (x,) + rest

def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x

def zip_longest(*its, fillvalue=None):
    its = [iter(i) for i in its]
    while True:
        row, alive = [], 0
        for i in its:
            try:
                row.append(next(i))
                alive += 1
            except StopIteration:
                row.append(fillvalue)
        if not alive:
            return
        yield tuple(row)

print(list(islice(count(10, 5), 5)), list(islice("abcdefgh", 1, 7, 2)), list(islice(count(), 2, 20, 3)))
# expect: [10, 15, 20, 25, 30] ['b', 'd', 'f'] [2, 5, 8, 11, 14, 17]
print(list(islice(cycle("xyz"), 8)))  # expect: ['x', 'y', 'z', 'x', 'y', 'z', 'x', 'y']
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=0)))
# expect: [1, 3, 6, 10, 15] [3, 3, 4, 4, 5] [0]
print(list(accumulate(range(1, 6), lambda a, b: a * b, initial=1)))  # expect: [1, 1, 2, 6, 24, 120]
print([(k, len(g)) for k, g in groupby("aaabbcaaa")])
# expect: [('a', 3), ('b', 2), ('c', 1), ('a', 3)]
print([(k, g) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda v: v % 2)])
# expect: [(1, [1, 3, 5]), (0, [2, 4]), (1, [7])]
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat=3))))
# expect: [('a', 0), ('a', 1), ('b', 0), ('b', 1)] 27
print(list(permutations("abc", 2)), len(list(permutations(range(5)))))
# expect: [('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')] 120
print(list(pairwise([1, 4, 9, 16])), list(pairwise([])))  # expect: [(1, 4), (4, 9), (9, 16)] []
print(list(zip_longest("abc", [1], fillvalue="-")))  # expect: [('a', 1), ('b', '-'), ('c', '-')]
words = sorted("apple avocado banana blueberry cherry cranberry date".split(), key=lambda w: w[0])
print({k: g for k, g in groupby(words, key=lambda w: w[0])})
# expect: {'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'], 'c': ['cherry', 'cranberry'], 'd': ['date']}
