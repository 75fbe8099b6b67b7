# bisect — CPython 3.11's bisection over sorted lists for Edge Python, in plain Python
# (modules/README.md). Items are compared with < only; key= (3.10) applies to the list's
# items, not to x (insort applies it to x too, to find where x goes).

__all__ = ["bisect_left", "bisect_right", "insort_left", "insort_right", "bisect", "insort"]


# The first position in a[lo:hi] whose item goes after x: for the right edge, an item
# x < item; for the left edge, an item that is not < x. Both edges use the same halving,
# and the comparisons are made in the order CPython makes them (which __lt__ is called).
def _edge(a, x, lo, hi, key, right):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        after = x < probe if right else not probe < x
        if after:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    return _edge(a, x, lo, hi, key, True)


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    return _edge(a, x, lo, hi, key, False)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    a.insert(_edge(a, x if key is None else key(x), lo, hi, key, True), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    a.insert(_edge(a, x if key is None else key(x), lo, hi, key, False), x)


bisect = bisect_right
insort = insort_right
