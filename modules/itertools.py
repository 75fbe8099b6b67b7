# itertools — CPython 3.11's iterator building blocks for Edge Python, in plain Python
# (modules/README.md). Each is a generator (the VM resumes a generator faster than it
# calls a __next__ method); a function checks its arguments first and returns the
# generator, so bad arguments raise when it is called, as in CPython. The iterators print
# as generators: count(5) has no repr of its own (tests/diff/stdlib_modules.md).

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
    "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
    "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest",
]


def _is_number(x):
    return isinstance(x, (int, float))


def _as_int(x):
    if not isinstance(x, int):
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    return x


# ---- infinite iterators ----

def count(start=0, step=1):
    if not _is_number(start) or not _is_number(step):
        raise TypeError("a number is required")
    return _count(start, step)


def _count(n, step):
    while True:
        yield n
        n += step


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    if not saved:
        return
    while True:
        for x in saved:
            yield x


def repeat(object, times=None):
    if times is None:
        return _repeat_forever(object)
    return _repeat(object, _as_int(times))


def _repeat_forever(x):
    while True:
        yield x


def _repeat(x, times):
    for _ in range(times):
        yield x


# ---- iterators that end on the shortest input ----

def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for x in it:
            total = total + x
            yield total
    else:
        for x in it:
            total = func(total, x)
            yield total


def chain(*iterables):
    return _chain(iterables)


def _chain(iterables):
    for it in iterables:
        yield from it


def _from_iterable(iterables):
    return _chain(iterables)


chain.from_iterable = _from_iterable


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def filterfalse(function, iterable):
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        for b in it:
            yield (a, b)
            a = b
        return


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(x) for x in iterables], fillvalue)


def _zip_longest(its, fill):
    active = len(its)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(its):
            if it is None:
                values.append(fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = None
                values.append(fill)
        yield tuple(values)


_ISLICE_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_ISLICE_INDEX = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_ISLICE_STEP = "Step for islice() must be a positive integer or None."


def _islice_arg(x, message):
    if x is None:
        return None
    if not isinstance(x, int) or x < 0:
        raise ValueError(message)
    return x


# islice(iterable, stop) or islice(iterable, start, stop[, step]). It takes from the
# iterable only what it needs: start items, then up to stop, never past it.
def islice(iterable, *args):
    n = len(args)
    if n == 1:
        start, stop, step = 0, _islice_arg(args[0], _ISLICE_STOP), 1
    elif n == 2 or n == 3:
        start = _islice_arg(args[0], _ISLICE_INDEX)
        stop = _islice_arg(args[1], _ISLICE_STOP)
        step = 1
        if n == 3 and args[2] is not None:
            step = args[2]
            if not isinstance(step, int) or step <= 0:
                raise ValueError(_ISLICE_STEP)
        if start is None:
            start = 0
    elif n == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    else:
        raise TypeError(f"islice expected at most 4 arguments, got {n + 1}")
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    count = 0
    target = start
    while True:
        while count < target:
            try:
                next(it)
            except StopIteration:
                return
            count += 1
        if stop is not None and count >= stop:
            return
        try:
            x = next(it)
        except StopIteration:
            return
        count += 1
        yield x
        target += step
        if stop is not None and target > stop:
            target = stop


def tee(iterable, n=2):
    n = _as_int(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    # The items read so far form a linked list of [value, next] cells shared by the n
    # iterators; a cell is freed once every iterator has passed it.
    head = [None, None]
    return tuple(_tee(it, head) for _ in range(n))


def _tee(it, cell):
    while True:
        following = cell[1]
        if following is None:
            try:
                value = next(it)
            except StopIteration:
                return
            following = [value, None]
            cell[1] = following
        cell = following
        yield following[0]


def groupby(iterable, key=None):
    return _groupby(iter(iterable), key)


# The state a groupby shares with its groups: [has an item, the item, its key, the
# current group's token]. The item is read ahead of need by one; a group yields while
# the item's key equals the group's, and only while it is the current group.
def _groupby(it, keyfunc):
    state = [False, None, None, None]
    target = None
    first = True
    while True:
        state[3] = None
        while True:
            if state[0] and (first or not target == state[2]):
                break
            try:
                value = next(it)
            except StopIteration:
                return
            state[0] = True
            state[1] = value
            state[2] = value if keyfunc is None else keyfunc(value)
        first = False
        target = state[2]
        token = object()
        state[3] = token
        yield target, _grouper(it, keyfunc, state, target, token)


def _grouper(it, keyfunc, state, target, token):
    while state[3] is token:
        if not state[0]:
            try:
                value = next(it)
            except StopIteration:
                return
            state[0] = True
            state[1] = value
            state[2] = value if keyfunc is None else keyfunc(value)
        if not target == state[2]:
            return
        value = state[1]
        state[0] = False
        state[1] = None
        state[2] = None
        yield value


# ---- combinatoric iterators ----

def product(*iterables, repeat=1):
    repeat = _as_int(repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    return _product([tuple(p) for p in iterables] * repeat)


# An odometer over the pools: the last position turns fastest.
def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    index = [0] * n
    current = [pool[0] for pool in pools]
    yield tuple(current)
    sizes = [len(pool) for pool in pools]
    while True:
        i = n - 1
        while i >= 0:
            j = index[i] + 1
            if j < sizes[i]:
                index[i] = j
                current[i] = pools[i][j]
                break
            index[i] = 0
            current[i] = pools[i][0]
            i -= 1
        if i < 0:
            return
        yield tuple(current)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def permutations(iterable, r=None):
    pool = tuple(iterable)
    r = len(pool) if r is None else _check_r(r)
    return _permutations(pool, r)


# The r-permutations of the indices in lexicographic order: the whole index list steps
# to its next permutation after its tail (the indices past r) is put in descending
# order, which skips the orders of the tail. `values` holds pool[i] for each index,
# moved in step with it, so that a result is one slice of it.
def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    if r == 0:
        yield ()
        return
    index = list(range(n))
    values = list(pool)
    yield tuple(values[:r])
    while True:
        if r < n:
            index[r:] = index[:r - 1:-1]
            values[r:] = values[:r - 1:-1]
        i = n - 2
        while i >= 0 and index[i] > index[i + 1]:
            i -= 1
        if i < 0:
            return
        j = n - 1
        while index[j] < index[i]:
            j -= 1
        index[i], index[j] = index[j], index[i]
        values[i], values[j] = values[j], values[i]
        if i < n - 2:
            index[i + 1:] = index[:i:-1]
            values[i + 1:] = values[:i:-1]
        yield tuple(values[:r])


def combinations(iterable, r):
    pool = tuple(iterable)
    return _combinations(pool, _check_r(r))


# Increasing index lists in lexicographic order: the last index that can still grow
# grows by one and the ones after it follow it. `values` holds pool[i] for each index.
def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    index = list(range(r))
    values = list(pool[:r])
    yield tuple(values)
    while True:
        i = r - 1
        while i >= 0 and index[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        k = index[i] + 1
        for j in range(i, r):
            index[j] = k
            values[j] = pool[k]
            k += 1
        yield tuple(values)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    return _combinations_with_replacement(pool, _check_r(r))


# Non-decreasing index lists in lexicographic order.
def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    index = [0] * r
    values = [pool[0]] * r if r else []
    yield tuple(values)
    while True:
        i = r - 1
        while i >= 0 and index[i] == n - 1:
            i -= 1
        if i < 0:
            return
        k = index[i] + 1
        v = pool[k]
        for j in range(i, r):
            index[j] = k
            values[j] = v
        yield tuple(values)
